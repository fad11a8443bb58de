//! TFG-ENC-044: MSK cluster is not encrypted at rest with a customer managed KMS key.

use crate::finding::Severity;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-044",
    name: "msk-cluster-without-cmk",
    title: "MSK cluster is not encrypted at rest with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0179",
        "AVD-AWS-0179",
        "aws-msk-enable-at-rest-encryption",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["MSK encryption at rest with a CMK"],
    resources: &["aws_msk_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-044.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_msk_cluster") {
        let body = &inst.body;
        // An `encryption_info` written by a `dynamic` block of unknown `for_each` may or may
        // not carry a key.
        if body
            .blocks_of_static("encryption_info")
            .any(|b| b.keys_unknown)
        {
            cx.undecided(i);
            continue;
        }
        let info = inst.node().child("encryption_info");
        if let Some(Node::Value(Value::Unknown(_))) = info {
            cx.undecided(i);
            continue;
        }
        let kms = info.and_then(|n| n.get("encryption_at_rest_kms_key_arn"));
        let what = label(inst);
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "encryption_info.encryption_at_rest_kms_key_arn",
                format!(
                    "{what} sets `encryption_at_rest_kms_key_arn` to the AWS managed key \"{k}\", \
                     not a customer managed key"
                ),
            ),
            Key::Unset => cx.report(
                i,
                no_key_at(kms, "encryption_info.encryption_at_rest_kms_key_arn", ""),
                format!(
                    "{what} {}: data at rest is encrypted with the AWS managed key of MSK",
                    no_key(kms, "encryption_at_rest_kms_key_arn")
                ),
            ),
        }
    }
}
