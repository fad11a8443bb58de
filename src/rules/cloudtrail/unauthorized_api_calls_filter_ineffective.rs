//! TFG-CT-012: a metric filter meant for CIS 4.1 (unauthorized API calls) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-012",
    name: "unauthorized-api-calls-filter-ineffective",
    title: "Metric filter for unauthorized API calls misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["4c18a45b-4ab1-4790-9f83-399ac695f1e5"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.1",
    ],
    controls: &[
        "CIS metric filter for unauthorized API calls matches the benchmark and is alarmed",
    ],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::UNAUTHORIZED_API_CALLS);
}
