//! TFG-CT-017: a metric filter meant for CIS 4.10 (security group changes) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-017",
    name: "security-group-changes-filter-ineffective",
    title: "Metric filter for security group changes misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["4beaf898-9f8b-4237-89e2-5ffdc7ee6006"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.10",
    ],
    controls: &[
        "CIS metric filter for security group changes matches the benchmark and is alarmed",
    ],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::SECURITY_GROUP_CHANGES);
}
