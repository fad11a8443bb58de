//! TFG-ENC-033: Redshift cluster is not encrypted (with a customer managed key).

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-033",
    name: "redshift-cluster-unencrypted",
    title: "Redshift cluster is not encrypted (with a customer managed key)",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0084",
        "AVD-AWS-0084",
        "aws-redshift-encryption-customer-key",
        "CKV_AWS_64",
        "CKV_AWS_142",
        "cfdcabb0-fc06-427c-865b-c59f13e898ce",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["Redshift cluster encrypted"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-033.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        let node = inst.node();
        let encrypted = flag(node.get("encrypted"));
        if encrypted == Flag::Unknown {
            cx.undecided(i);
            continue;
        }
        if encrypted == Flag::False {
            cx.report(
                i,
                "encrypted",
                format!(
                    "{} sets `encrypted = false`: the cluster and its snapshots are stored unencrypted",
                    label(inst)
                ),
            );
            continue;
        }
        let v = node.get("kms_key_id");
        match key(cx, inst, v) {
            Key::Customer => {
                cx.pass(i);
                continue;
            }
            Key::Unknown => {
                cx.undecided(i);
                continue;
            }
            Key::AwsManaged(k) => {
                cx.report(
                    i,
                    "kms_key_id",
                    format!(
                        "{} sets `kms_key_id` to the AWS managed key \"{k}\", not a customer managed key",
                        label(inst)
                    ),
                );
                continue;
            }
            Key::Unset => {}
        }
        // A restored cluster keeps the encryption, and the key, of its snapshot.
        if node.set("snapshot_identifier").is_some() || node.set("snapshot_arn").is_some() {
            cx.undecided(i);
            continue;
        }
        if encrypted == Flag::True {
            cx.report(
                i,
                "encrypted",
                format!(
                    "{} is encrypted with an AWS managed key, not a customer managed key (no `kms_key_id`)",
                    label(inst)
                ),
            );
        } else {
            cx.report(
                i,
                "",
                format!(
                    "{} sets neither `encrypted` nor `kms_key_id`: created before 2025 (provider default false) it is unencrypted; created since, AWS encrypts it with a key it owns, not a customer managed key",
                    label(inst)
                ),
            );
        }
    }
}
