//! TFG-CT-001: CloudTrail trail is not multi-region.

use super::helpers::trail::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-001",
    name: "trail-not-multi-region",
    title: "CloudTrail trail is not multi-region",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0014",
        "AVD-AWS-0014",
        "aws-cloudtrail-enable-all-regions",
        "CKV_AWS_67",
        "8173d5eb-96b5-4aa6-a71b-ecfa153c123d",
        "AC_AWS_0034",
        "AC_AWS_0448",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "CIS-AWS:3.1"],
    controls: &["Trail is multi-region"],
    resources: &["aws_cloudtrail"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-CT-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(
        cx,
        "is_multi_region_trail",
        false,
        "activity in other regions is not recorded",
    );
}
