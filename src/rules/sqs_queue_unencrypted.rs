//! TFG-ENC-014: sQS queue is not encrypted.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-014",
    name: "sqs-queue-unencrypted",
    title: "SQS queue is not encrypted",
    severity: Severity::Medium,
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
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["SQS queue encrypted (SSE-SQS or KMS)"],
    resources: &["aws_sqs_queue"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_sqs_queue") {
        let node = inst.node();
        let kms = node.get("kms_master_key_id");
        match (flag(node.get("sqs_managed_sse_enabled")), kms) {
            (_, Some(Value::String(k))) if !k.is_empty() => cx.pass(i),
            (_, Some(Value::Unknown(_))) | (Flag::Unknown, _) => cx.undecided(i),
            (Flag::False, _) => cx.report(i, "sqs_managed_sse_enabled", format!("{} sets `sqs_managed_sse_enabled = false` without a KMS key: messages are stored unencrypted", label(inst))),
            (Flag::True | Flag::Unset, _) => cx.pass(i),
        }
    }
}
