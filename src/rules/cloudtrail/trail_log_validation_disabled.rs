//! TFG-CT-002: CloudTrail log file validation is disabled.

use super::helpers::trail::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-002",
    name: "trail-log-validation-disabled",
    title: "CloudTrail log file validation is disabled",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0016",
        "AVD-AWS-0016",
        "aws-cloudtrail-enable-log-validation",
        "CKV_AWS_36",
        "52ffcfa6-6c70-4ea6-8376-d828d3961669",
        "AC_AWS_0446",
        "FG_R00027",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-9", "NIST:SI-7", "CIS-AWS:3.2"],
    controls: &["Log file validation enabled"],
    resources: &["aws_cloudtrail"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-CT-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(
        cx,
        "enable_log_file_validation",
        false,
        "tampering with delivered log files cannot be detected",
    );
}
