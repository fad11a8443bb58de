//! TFG-LOG-001: a CloudWatch log group does not set its retention.

use super::helpers::retention::{ACCEPTED_DAYS, days};
use crate::finding::Severity;
use crate::model::Origin;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-001",
    name: "log-group-without-retention",
    title: "CloudWatch log group does not set a retention period",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_66", "ef0b316a-211e-42f1-888e-64efe172b755"],
    compliance: &["SOC2:CC7.2", "NIST:AU-11", "NIST:SI-12", "ISO27001:A.8.15"],
    controls: &["CloudWatch log group retention is set"],
    resources: &["aws_cloudwatch_log_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, group) in cx.resources("aws_cloudwatch_log_group") {
        // A plan read without its code writes the default (0) into its planned values: a 0
        // no code wrote is the default, not a decision.
        let written = group
            .body
            .attr("retention_in_days")
            .is_some_and(|a| a.loc.is_some());
        let value = match group.node().get("retention_in_days") {
            Some(Value::Number(d))
                if *d == 0.0 && !written && matches!(group.origin, Origin::Plan(_)) =>
            {
                None
            }
            other => other,
        };
        match days(value) {
            Err(()) => cx.undecided(i),
            Ok(None) => cx.report(
                i,
                "",
                format!(
                    "{} does not set `retention_in_days` (default 0: events never expire): how long its logs are kept is nobody's decision",
                    label(group)
                ),
            ),
            Ok(Some(d)) if d == 0.0 || ACCEPTED_DAYS.contains(&d) => cx.pass(i),
            Ok(Some(d)) => cx.report(
                i,
                "retention_in_days",
                format!(
                    "{} sets `retention_in_days = {}`, a period CloudWatch does not accept (apply fails)",
                    label(group),
                    crate::rules::show(&Value::Number(d))
                ),
            ),
        }
    }
}
