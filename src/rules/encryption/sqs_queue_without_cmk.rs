//! TFG-ENC-015: SQS queue is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

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
    doc: include_str!("../../../rules/TFG-ENC-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_sqs_queue") {
        let node = inst.node();
        let kms = node.get("kms_master_key_id");
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_master_key_id",
                format!(
                    "{} uses the AWS managed key \"{k}\" instead of a customer managed key: its \
                     policy cannot be changed to let other accounts or services send",
                    label(inst)
                ),
            ),
            Key::Unset => match flag(node.get("sqs_managed_sse_enabled")) {
                // No encryption at all (TFG-ENC-014's finding): no customer managed key either,
                // as the peers also report; so TFG-ENC-014's fix brings no new finding.
                Flag::False => cx.report(
                    i,
                    "sqs_managed_sse_enabled",
                    format!(
                        "{} is not encrypted, so not with a customer managed KMS key either",
                        label(inst)
                    ),
                ),
                Flag::True => cx.report(
                    i,
                    "sqs_managed_sse_enabled",
                    format!(
                        "{} uses SSE-SQS (`sqs_managed_sse_enabled = true`, keys owned by SQS) \
                         instead of a customer managed KMS key",
                        label(inst)
                    ),
                ),
                Flag::Unset => cx.report(
                    i,
                    no_key_at(kms, "kms_master_key_id", ""),
                    format!(
                        "{} {}: messages are encrypted with keys \
                         owned by SQS (SSE-SQS, the default), not a customer managed KMS key",
                        label(inst),
                        no_key(kms, "kms_master_key_id")
                    ),
                ),
                Flag::Unknown => cx.report(
                    i,
                    no_key_at(kms, "kms_master_key_id", ""),
                    format!(
                        "{} {}: messages are encrypted, if at all, \
                         with keys owned by SQS, not a customer managed KMS key",
                        label(inst),
                        no_key(kms, "kms_master_key_id")
                    ),
                ),
            },
        }
    }
}
