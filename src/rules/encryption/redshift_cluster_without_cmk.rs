//! TFG-ENC-042: Redshift cluster is not encrypted with a customer managed key.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-042",
    name: "redshift-cluster-without-cmk",
    title: "Redshift cluster is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0084",
        "AVD-AWS-0084",
        "aws-redshift-encryption-customer-key",
        "CKV_AWS_142",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["Redshift cluster encrypted with a CMK"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-042.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        let node = inst.node();
        let v = node.get("kms_key_id");
        match key(cx, inst, v) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id` to the AWS managed key \"{k}\", not a customer managed key",
                    label(inst)
                ),
            ),
            // A restored cluster keeps the encryption, and the key, of its snapshot.
            Key::Unset
                if node.set("snapshot_identifier").is_some()
                    || node.set("snapshot_arn").is_some() =>
            {
                cx.undecided(i)
            }
            Key::Unset => match flag(node.get("encrypted")) {
                Flag::Unknown => cx.undecided(i),
                Flag::True => cx.report(
                    i,
                    "encrypted",
                    format!(
                        "{} is encrypted with an AWS managed key, not a customer managed key (no `kms_key_id`)",
                        label(inst)
                    ),
                ),
                // Unencrypted or encrypted by AWS with its own key (TFG-ENC-033 reports the
                // first): no customer managed key either, as the peers also report.
                Flag::False | Flag::Unset => cx.report(
                    i,
                    "",
                    format!(
                        "{} sets no `kms_key_id`: it is not encrypted with a customer managed key",
                        label(inst)
                    ),
                ),
            },
        }
    }
}
