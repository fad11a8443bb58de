//! TFG-ENC-005: eBS snapshot copy is not encrypted.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-005",
    name: "ebs-snapshot-copy-unencrypted",
    title: "EBS snapshot copy is not encrypted",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_183",
        "e6b4b943-6883-47a9-9739-7ada9568f8ca",
        "AC_AWS_0459",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["EBS snapshot encrypted"],
    resources: &["aws_ebs_snapshot_copy"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_ebs_snapshot_copy"],
        "encrypted",
        Expect::True { default: false },
        "the copied snapshot is not encrypted",
    );
}
