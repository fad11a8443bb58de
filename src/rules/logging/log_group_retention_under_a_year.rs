//! TFG-LOG-002: a CloudWatch log group keeps its events for less than a year.

use super::helpers::retention::days;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-002",
    name: "log-group-retention-under-a-year",
    title: "CloudWatch log group keeps events for less than 365 days",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_338"],
    compliance: &["SOC2:CC7.2", "NIST:AU-11", "NIST:SI-12", "ISO27001:A.8.15"],
    controls: &["CloudWatch log group retention >= 365 days"],
    resources: &["aws_cloudwatch_log_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, group) in cx.resources("aws_cloudwatch_log_group") {
        match days(group.node().get("retention_in_days")) {
            Err(()) => cx.undecided(i),
            // Unset or 0: events never expire.
            Ok(None) => cx.pass(i),
            Ok(Some(d)) if d == 0.0 || d >= 365.0 => cx.pass(i),
            Ok(Some(d)) => cx.report(
                i,
                "retention_in_days",
                format!(
                    "{} sets `retention_in_days = {}`: its events are deleted before an audit period of a year ends",
                    label(group),
                    crate::rules::show(&Value::Number(d))
                ),
            ),
        }
    }
}
