//! TFG-CT-014: a metric filter meant for CIS 4.3 (root account usage) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-014",
    name: "root-usage-filter-ineffective",
    title: "Metric filter for root account usage misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["8b1b1e67-6248-4dca-bbad-93486bb181c0"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.3",
    ],
    controls: &["CIS metric filter for root account usage matches the benchmark and is alarmed"],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::ROOT_ACCOUNT_USAGE);
}
