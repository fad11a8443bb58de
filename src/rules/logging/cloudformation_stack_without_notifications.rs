//! TFG-LOG-033: a CloudFormation stack sends no event notifications.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-033",
    name: "cloudformation-stack-without-notifications",
    title: "CloudFormation stack sends no event notifications to SNS",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_124", "b72d0026-f649-4c91-a9ea-15d8f681ac09"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC8.1",
        "NIST:CM-3",
        "NIST:SI-4",
        "ISO27001:A.8.32",
    ],
    controls: &["CloudFormation stack sends event notifications to SNS"],
    resources: &["aws_cloudformation_stack"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-033.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, stack) in cx.resources("aws_cloudformation_stack") {
        match stack.node().get("notification_arns") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(v) if v.as_seq().is_some_and(|s| !s.is_empty()) => cx.pass(i),
            Some(v) if v.as_seq().is_some() => cx.report(
                i,
                "notification_arns",
                format!(
                    "{} sets an empty `notification_arns`: nobody hears of changes to the stack or of its failures",
                    label(stack)
                ),
            ),
            _ => cx.report(
                i,
                "",
                format!(
                    "{} does not set `notification_arns`: nobody hears of changes to the stack or of its failures",
                    label(stack)
                ),
            ),
        }
    }
}
