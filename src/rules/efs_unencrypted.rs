//! TFG-ENC-016: eFS file system is not encrypted.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-016",
    name: "efs-unencrypted",
    title: "EFS file system is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0037",
        "AVD-AWS-0037",
        "aws-efs-enable-at-rest-encryption",
        "CKV_AWS_42",
        "48207659-729f-4b5c-9402-f884257d794f",
        "AC_AWS_0097",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "CIS-AWS:2.4.1"],
    controls: &["EFS file system encrypted"],
    resources: &["aws_efs_file_system"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_efs_file_system"],
        "encrypted",
        Expect::True { default: false },
        "files are stored unencrypted",
    );
}
