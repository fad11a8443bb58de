//! TFG-ENC-041: Kinesis stream is not encrypted with a customer managed key.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-041",
    name: "kinesis-stream-without-cmk",
    title: "Kinesis stream is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0064",
        "AVD-AWS-0064",
        "aws-kinesis-enable-in-transit-encryption",
        "CKV_AWS_185",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["Kinesis stream encrypted with a CMK"],
    resources: &["aws_kinesis_stream"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-041.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kinesis_stream") {
        let node = inst.node();
        let kms = match node.get("encryption_type") {
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(Value::String(t)) => t.eq_ignore_ascii_case("KMS"),
            _ => false,
        };
        if !kms {
            // Unencrypted (TFG-ENC-034 says so): no customer managed key either.
            cx.report(
                i,
                "",
                format!(
                    "{} is not encrypted with KMS, so not with a customer managed key either",
                    label(inst)
                ),
            );
            continue;
        }
        let v = node.get("kms_key_id");
        match key(cx, inst, v) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) if matches!(v, Some(Value::String(_))) => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id = \"{k}\"`, the AWS managed key, not a customer managed key",
                    label(inst)
                ),
            ),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id` to the AWS managed key \"{k}\", not a customer managed key",
                    label(inst)
                ),
            ),
            Key::Unset => cx.report(
                i,
                "encryption_type",
                format!(
                    "{} uses KMS without `kms_key_id`: no customer managed key (the API asks for a key)",
                    label(inst)
                ),
            ),
        }
    }
}
