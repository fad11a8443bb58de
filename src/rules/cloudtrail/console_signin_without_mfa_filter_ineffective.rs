//! TFG-CT-013: a metric filter meant for CIS 4.2 (console sign-in without MFA) misses events or has no alarm.

use super::helpers::cis;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-013",
    name: "console-signin-without-mfa-filter-ineffective",
    title: "Metric filter for console sign-in without MFA misses events or has no alarm",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["44ceb4fa-0897-4fd2-b676-30e7a58f2933"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.2",
    ],
    controls: &[
        "CIS metric filter for console sign-in without MFA matches the benchmark and is alarmed",
    ],
    resources: &[
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    cis::check_class(cx, &cis::CONSOLE_SIGNIN_WITHOUT_MFA);
}
