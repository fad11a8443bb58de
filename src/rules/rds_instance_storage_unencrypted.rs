//! TFG-ENC-006: rDS instance storage is not encrypted.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-006",
    name: "rds-instance-storage-unencrypted",
    title: "RDS instance storage is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0080",
        "AVD-AWS-0080",
        "aws-rds-encrypt-instance-storage-data",
        "CKV_AWS_16",
        "08bd0760-8752-44e1-9779-7bb369b2b4e4",
        "AC_AWS_0058",
        "FG_R00093",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "CIS-AWS:2.3.1"],
    controls: &["RDS instance storage encrypted"],
    resources: &["aws_db_instance"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_db_instance") {
        let node = inst.node();
        match node.get("engine") {
            Some(Value::String(e)) if e.starts_with("aurora") => continue,
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => {}
        }
        let inherits =
            node.set("snapshot_identifier").is_some() || node.set("replicate_source_db").is_some();
        match flag(node.get("storage_encrypted")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::Unset if inherits => cx.undecided(i),
            Flag::Unset => cx.report(i, "", format!("{} does not set `storage_encrypted` (default false): its storage, backups and snapshots are unencrypted", label(inst))),
            Flag::False => cx.report(i, "storage_encrypted", format!("{} sets `storage_encrypted = false`: its storage, backups and snapshots are unencrypted", label(inst))),
        }
    }
}
