//! TFG-CT-008: CloudTrail trail defines no SNS topic for log delivery.

use super::helpers::trail::check_set;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-008",
    name: "trail-without-sns-topic",
    title: "CloudTrail trail defines no SNS topic for log delivery",
    severity: Severity::Low,
    area: Area::CloudTrail,
    aliases: &[
        "CKV_AWS_252",
        "482b7d26-0bdb-4b5f-bf6f-545826c0a3dd",
        "AC_AWS_0035",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-5"],
    controls: &["Trail defines SNS topic"],
    resources: &["aws_cloudtrail"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_set(
        cx,
        "sns_topic_name",
        &["aws_sns_topic"],
        "nobody is notified when log files are delivered",
    );
}
