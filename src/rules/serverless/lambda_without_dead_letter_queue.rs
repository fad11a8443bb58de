//! TFG-SLS-004: Lambda function without a dead-letter queue.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{is_set, label};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-004",
    name: "lambda-without-dead-letter-queue",
    title: "Lambda function has no dead-letter queue for failed asynchronous events",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV_AWS_116"],
    compliance: &["SOC2:A1.2", "SOC2:CC7.2", "NIST:SI-11", "ISO27001:A.8.16"],
    controls: &["Lambda dead-letter queue configured"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        let Some(dlq) = inst.node().child("dead_letter_config") else {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `dead_letter_config`: asynchronous events that fail every retry are dropped",
                    label(inst)
                ),
            );
            continue;
        };
        match is_set(dlq.get("target_arn")) {
            None => cx.undecided(i),
            Some(true) => cx.pass(i),
            Some(false) => cx.report(
                i,
                "dead_letter_config[0].target_arn",
                format!(
                    "{} does not set `dead_letter_config.target_arn`: asynchronous events that fail every retry are dropped",
                    label(inst)
                ),
            ),
        }
    }
}
