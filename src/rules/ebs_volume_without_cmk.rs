//! TFG-ENC-002: eBS volume is not encrypted with a customer managed KMS key.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-002",
    name: "ebs-volume-without-cmk",
    title: "EBS volume is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0027",
        "AVD-AWS-0027",
        "aws-ec2-volume-encryption-customer-key",
        "CKV_AWS_189",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28(1)", "NIST:SC-12"],
    controls: &["EBS volume uses CMK"],
    resources: &["aws_ebs_volume"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_ebs_volume"],
        "kms_key_id",
        Expect::Set { forbidden: &[] },
        "the volume uses the AWS managed key aws/ebs",
    );
}
