//! TFG-ENC-015: sQS queue is not encrypted with a customer managed KMS key.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-015",
    name: "sqs-queue-without-cmk",
    title: "SQS queue is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0135",
        "AVD-AWS-0135",
        "aws-sqs-queue-encryption-use-cmk",
        "CKV2_AWS_73",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["SQS queue uses CMK"],
    resources: &["aws_sqs_queue"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sqs_queue"],
        "kms_master_key_id",
        Expect::Set {
            forbidden: &["alias/aws/sqs"],
        },
        "the queue uses SQS-managed or AWS managed keys",
    );
}
