//! TFG-ENC-007: rDS/Aurora cluster storage is not encrypted (with a customer managed key).

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-007",
    name: "rds-cluster-storage-unencrypted",
    title: "RDS/Aurora cluster storage is not encrypted (with a customer managed key)",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0079",
        "AVD-AWS-0079",
        "aws-rds-encrypt-cluster-storage-data",
        "CKV_AWS_96",
        "CKV_AWS_327",
        "3199c26c-7871-4cb3-99c2-10a59244ce7f",
        "1a690d1d-0ae7-49fa-b2db-b75ae0dd1d3e",
        "656880aa-1388-488f-a6d4-8f73c23149b2",
        "AC_AWS_0186",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.3.1"],
    controls: &["RDS/Aurora cluster storage encrypted"],
    resources: &["aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_rds_cluster") {
        let node = inst.node();
        if node.get("engine_mode").and_then(Value::as_str) == Some("serverless") {
            cx.pass(i);
            continue;
        }
        match flag(node.get("storage_encrypted")) {
            Flag::Unknown => cx.undecided(i),
            Flag::Unset => cx.report(i, "", format!("{} does not set `storage_encrypted` (default false): cluster storage and snapshots are unencrypted", label(inst))),
            Flag::False => cx.report(i, "storage_encrypted", format!("{} sets `storage_encrypted = false`: cluster storage and snapshots are unencrypted", label(inst))),
            Flag::True => match node.get("kms_key_id") {
                Some(Value::Unknown(_)) => cx.undecided(i),
                Some(Value::String(k)) if !k.is_empty() => cx.pass(i),
                _ => cx.report(i, "storage_encrypted", format!("{} is encrypted with the AWS managed key (no `kms_key_id`)", label(inst))),
            },
        }
    }
}
