//! TFG-CT-004: CloudTrail trail is not integrated with CloudWatch Logs.

use super::helpers::trail::check_set;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-004",
    name: "trail-without-cloudwatch-logs",
    title: "CloudTrail trail is not integrated with CloudWatch Logs",
    severity: Severity::Low,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0162",
        "AVD-AWS-0162",
        "aws-cloudtrail-ensure-cloudwatch-integration",
        "CKV2_AWS_10",
        "17b30f8f-8dfb-4597-adf6-57600b6cf25e",
        "FG_R00029",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:AU-6",
        "NIST:SI-4",
        "CIS-AWS:3.4",
    ],
    controls: &["Integrated with CloudWatch Logs"],
    resources: &["aws_cloudtrail"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_set(
        cx,
        "cloud_watch_logs_group_arn",
        &["aws_cloudwatch_log_group"],
        "events cannot be alarmed on in real time",
    );
}
