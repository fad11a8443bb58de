//! TFG-CT-007: CloudTrail trail has logging turned off.

use super::helpers::trail::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-007",
    name: "trail-logging-disabled",
    title: "CloudTrail trail has logging turned off",
    severity: Severity::High,
    area: Area::CloudTrail,
    aliases: &["CKV_AWS_251", "4bb76f17-3d63-4529-bdca-2b454529d774"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12"],
    controls: &["Trail logging enabled (enable_logging)"],
    resources: &["aws_cloudtrail"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-CT-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(cx, "enable_logging", true, "the trail records nothing");
}
