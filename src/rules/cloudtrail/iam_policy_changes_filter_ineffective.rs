//! TFG-CT-015: a metric filter meant for CIS 4.4 (IAM policy changes) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-015",
    name: "iam-policy-changes-filter-ineffective",
    title: "Metric filter for IAM policy changes misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["eaaba502-2f94-411a-a3c2-83d63cc1776d"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.4",
    ],
    controls: &["CIS metric filter for IAM policy changes matches the benchmark and is alarmed"],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::IAM_POLICY_CHANGES);
}
