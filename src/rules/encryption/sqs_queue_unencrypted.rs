//! TFG-ENC-014: SQS queue is not encrypted.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-014",
    name: "sqs-queue-unencrypted",
    title: "SQS queue is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0096",
        "AVD-AWS-0096",
        "aws-sqs-enable-queue-encryption",
        "CKV_AWS_27",
        "6e8849c1-3aa7-40e3-9063-b85ee300f29f",
        "AC_AWS_0366",
        "FG_R00070",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["SQS queue encrypted (SSE-SQS or KMS)"],
    resources: &["aws_sqs_queue"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_sqs_queue") {
        let node = inst.node();
        let kms = key(cx, inst, node.get("kms_master_key_id"));
        if matches!(kms, Key::Customer | Key::AwsManaged(_)) {
            // SSE-KMS.
            cx.pass(i);
            continue;
        }
        match flag(node.get("sqs_managed_sse_enabled")) {
            // SSE-SQS: asked for, or the default for queues created since October 2022.
            Flag::True | Flag::Unset => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False if kms == Key::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "sqs_managed_sse_enabled",
                format!(
                    "{} sets `sqs_managed_sse_enabled = false` without `kms_master_key_id`: \
                     messages are stored unencrypted",
                    label(inst)
                ),
                Remedy::set(Safety::Safe, "sqs_managed_sse_enabled", "true"),
            ),
        }
    }
}
