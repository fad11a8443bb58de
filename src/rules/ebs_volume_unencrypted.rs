//! TFG-ENC-001: eBS volume is not encrypted.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-001",
    name: "ebs-volume-unencrypted",
    title: "EBS volume is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0026",
        "AVD-AWS-0026",
        "aws-ec2-enable-volume-encryption",
        "CKV_AWS_3",
        "cc997676-481b-4e93-aa81-d19f8c5e9b12",
        "AC_AWS_0460",
        "FG_R00016",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.2.1"],
    controls: &["EBS volume encrypted"],
    resources: &["aws_ebs_volume"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_ebs_volume"],
        "encrypted",
        Expect::True { default: false },
        "data at rest on the volume and its snapshots is not encrypted",
    );
}
