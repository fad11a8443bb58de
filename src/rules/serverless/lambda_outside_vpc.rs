//! TFG-SLS-006: Lambda function not attached to a VPC.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::serverless::helpers::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-006",
    name: "lambda-outside-vpc",
    title: "Lambda function is not attached to a VPC",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV_AWS_117"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4", "ISO27001:A.8.22"],
    controls: &["Lambda function attached to a VPC"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        let Some(vpc) = inst.node().child("vpc_config") else {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `vpc_config`: the function reaches the internet directly and no security group or network ACL governs its traffic",
                    label(inst)
                ),
            );
            continue;
        };
        match vpc.get("subnet_ids") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::List(s) | Value::Set(s)) if s.is_empty() => cx.report(
                i,
                "vpc_config[0].subnet_ids",
                format!(
                    "{} sets `vpc_config.subnet_ids` to an empty list: the function is not attached to a VPC",
                    label(inst)
                ),
            ),
            _ => cx.pass(i),
        }
    }
}
