//! TFG-ENC-034: Kinesis stream is not encrypted with KMS.

use crate::finding::Severity;
use crate::link::{Links, Target};
use crate::model::Instance;
use crate::model::Mode;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-034",
    name: "kinesis-stream-unencrypted",
    title: "Kinesis stream is not encrypted with KMS",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0064",
        "AVD-AWS-0064",
        "aws-kinesis-enable-in-transit-encryption",
        "CKV_AWS_43",
        "CKV_AWS_185",
        "5c6dd5e7-1fe0-4cae-8f81-4c122717cef3",
        "862fe4bf-3eec-4767-a517-40f378886b88",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["Kinesis stream encrypted"],
    resources: &["aws_kinesis_stream"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-034.md"),
    check,
};

/// The AWS managed key of Kinesis.
const AWS_KEY: &str = "alias/aws/kinesis";

/// A reference to a KMS key or alias the configuration manages: a customer managed key, even
/// though its ARN is known only after apply. (A data source may look up an AWS managed key.)
fn is_key_reference(links: &Links, inst: &Instance, v: &Value) -> bool {
    matches!(
        links.resolve(inst, v, KEY_TYPES),
        Target::Instance(k) if links.instance(k).mode == Mode::Managed
    )
}

/// Resources that are customer managed keys, or name one.
const KEY_TYPES: &[&str] = &[
    "aws_kms_key",
    "aws_kms_alias",
    "aws_kms_replica_key",
    "aws_kms_external_key",
    "aws_kms_replica_external_key",
];

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (i, inst) in cx.resources("aws_kinesis_stream") {
        let node = inst.node();
        match node.get("encryption_type") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(t)) if t.eq_ignore_ascii_case("KMS") => {
                match node.get("kms_key_id") {
                    Some(v @ Value::Unknown(_)) if is_key_reference(links, inst, v) => cx.pass(i),
                    Some(Value::Unknown(_)) => cx.undecided(i),
                    Some(Value::String(k))
                        if &**k == AWS_KEY || k.ends_with(&format!(":{AWS_KEY}")) =>
                    {
                        cx.report(
                            i,
                            "kms_key_id",
                            format!(
                                "{} sets `kms_key_id = \"{k}\"`, the AWS managed key, not a customer managed key",
                                label(inst)
                            ),
                        )
                    }
                    _ => cx.pass(i),
                }
            }
            Some(Value::String(t)) => cx.report(
                i,
                "encryption_type",
                format!(
                    "{} sets `encryption_type = \"{t}\"`: records are stored unencrypted",
                    label(inst)
                ),
            ),
            _ => cx.report(
                i,
                "",
                format!(
                    "{} does not set `encryption_type` (default \"NONE\"): records are stored unencrypted",
                    label(inst)
                ),
            ),
        }
    }
}
