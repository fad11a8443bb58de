//! TFG-CT-018: a metric filter meant for CIS 4.11 (network ACL changes) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-018",
    name: "nacl-changes-filter-ineffective",
    title: "Metric filter for network ACL changes misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &[],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.11",
    ],
    controls: &["CIS metric filter for network ACL changes matches the benchmark and is alarmed"],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::NACL_CHANGES);
}
