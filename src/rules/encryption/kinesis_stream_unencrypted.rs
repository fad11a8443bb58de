//! TFG-ENC-034: Kinesis stream is not encrypted with KMS.

use crate::finding::Severity;
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
        "862fe4bf-3eec-4767-a517-40f378886b88",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["Kinesis stream encrypted"],
    resources: &["aws_kinesis_stream"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-034.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kinesis_stream") {
        let node = inst.node();
        match node.get("encryption_type") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(t)) if t.eq_ignore_ascii_case("KMS") => cx.pass(i),
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
