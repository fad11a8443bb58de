//! TFG-ENC-017: eFS file system is not encrypted with a customer managed KMS key.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-017",
    name: "efs-without-cmk",
    title: "EFS file system is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_184",
        "25d251f3-f348-4f95-845c-1090e41a615c",
        "AC_AWS_0098",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["EFS uses CMK"],
    resources: &["aws_efs_file_system"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_efs_file_system"],
        "kms_key_id",
        Expect::Set { forbidden: &[] },
        "it uses the AWS managed key aws/elasticfilesystem",
    );
}
