//! TFG-ENC-033: Redshift cluster is not encrypted.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-033",
    name: "redshift-cluster-unencrypted",
    title: "Redshift cluster is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0084",
        "AVD-AWS-0084",
        "aws-redshift-encryption-customer-key",
        "CKV_AWS_64",
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
        if encrypted == Flag::True {
            cx.pass(i);
            continue;
        }
        // Unset: a key asks for encryption; a restored cluster keeps its snapshot's.
        match key(cx, inst, node.get("kms_key_id")) {
            Key::Unknown => {
                cx.undecided(i);
                continue;
            }
            Key::Customer | Key::AwsManaged(_) => {
                cx.pass(i);
                continue;
            }
            Key::Unset => {}
        }
        if node.set("snapshot_identifier").is_some() || node.set("snapshot_arn").is_some() {
            cx.undecided(i);
            continue;
        }
        cx.report(
            i,
            "",
            format!(
                "{} sets neither `encrypted` nor `kms_key_id`: created before 2025 (provider default false) it is unencrypted; created since, AWS encrypts it with a key it owns",
                label(inst)
            ),
        );
    }
}
