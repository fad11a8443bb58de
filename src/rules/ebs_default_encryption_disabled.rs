//! TFG-ENC-003: eBS encryption by default is disabled.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-003",
    name: "ebs-default-encryption-disabled",
    title: "EBS encryption by default is disabled",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_106",
        "3d3f6270-546b-443c-adb4-bb6fb2187ca6",
        "AC_AWS_0079",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "CIS-AWS:2.2.1"],
    controls: &["EBS encryption-by-default (account) enabled"],
    resources: &["aws_ebs_encryption_by_default"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_ebs_encryption_by_default"],
        "enabled",
        Expect::True { default: true },
        "new volumes in the region are not encrypted unless each asks for it",
    );
}
