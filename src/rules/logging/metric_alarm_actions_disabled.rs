//! TFG-LOG-003: a CloudWatch metric alarm has its actions disabled.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-003",
    name: "metric-alarm-actions-disabled",
    title: "CloudWatch metric alarm has its actions disabled",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_319"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "ISO27001:A.8.16",
    ],
    controls: &["CloudWatch metric alarm actions enabled"],
    resources: &["aws_cloudwatch_metric_alarm"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-LOG-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_cloudwatch_metric_alarm"],
        "actions_enabled",
        false,
        true,
        "the alarm changes state but notifies nobody and starts no action",
        // Actions may page people or scale resources once they run again.
        Some(Safety::Unsafe),
    );
}
