//! TFG-CT-016: a metric filter meant for CIS 4.5 (CloudTrail configuration changes) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-016",
    name: "cloudtrail-changes-filter-ineffective",
    title: "Metric filter for CloudTrail configuration changes misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["0f6cbf69-41bb-47dc-93f3-3844640bf480"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.5",
    ],
    controls: &[
        "CIS metric filter for CloudTrail configuration changes matches the benchmark and is alarmed",
    ],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::CLOUDTRAIL_CHANGES);
}
