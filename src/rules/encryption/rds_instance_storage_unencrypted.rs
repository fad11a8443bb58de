//! TFG-ENC-006: RDS instance storage is not encrypted.

use rustc_hash::FxHashMap as HashMap;

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::link::Target;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

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
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.3.1"],
    controls: &["RDS instance storage encrypted"],
    resources: &["aws_db_instance"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-006.md"),
    check,
};

/// How many replicas of replicas [`encryption`] follows.
const MAX_DEPTH: usize = 8;

/// What decides an instance's encryption.
enum Verdict {
    Encrypted,
    Unknown,
    /// Aurora: the cluster decides (TFG-ENC-007).
    Cluster,
    /// `storage_encrypted` is false or unset.
    Asked(Flag),
    /// A read replica of a source that is not encrypted.
    ReplicaOf(String),
}

/// `aws_db_instance`s by root and literal `identifier`, in workspace order: a replica that
/// names its source by identifier looks it up here instead of scanning its root's instances
/// (replicas × instances).
type ByIdentifier<'w> = HashMap<(&'w str, &'w str), Vec<usize>>;

fn check(cx: &mut Checker) {
    let instances = cx.resources("aws_db_instance");
    let mut by_identifier = ByIdentifier::default();
    for &(i, inst) in &instances {
        if let Some(id) = inst.node().get("identifier").and_then(Value::as_str) {
            by_identifier.entry((&inst.root, id)).or_default().push(i);
        }
    }
    for (i, inst) in instances {
        let what = label(inst);
        match encryption(cx, &by_identifier, inst, 0) {
            Verdict::Cluster => {}
            Verdict::Encrypted => cx.pass(i),
            Verdict::Unknown => cx.undecided(i),
            Verdict::Asked(Flag::False) => cx.report_fix(
                i,
                "storage_encrypted",
                format!(
                    "{what} sets `storage_encrypted = false`: its storage, automated backups, \
                     replicas and snapshots are unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "storage_encrypted", "true"),
            ),
            Verdict::Asked(_) => cx.report_fix(
                i,
                "",
                format!(
                    "{what} does not set `storage_encrypted` (default false): its storage, \
                     automated backups, replicas and snapshots are unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "storage_encrypted", "true"),
            ),
            Verdict::ReplicaOf(source) => cx.report(
                i,
                "replicate_source_db",
                format!(
                    "{what} is a read replica of {source}, which is not encrypted: the replica's \
                     storage is unencrypted too"
                ),
            ),
        }
    }
}

fn encryption(cx: &Checker, ids: &ByIdentifier, inst: &Instance, depth: usize) -> Verdict {
    let node = inst.node();
    match node.get("engine") {
        Some(Value::String(e)) if e.starts_with("aurora") => return Verdict::Cluster,
        Some(Value::Unknown(_)) => return Verdict::Unknown,
        _ => {}
    }
    let asked = flag(node.get("storage_encrypted"));
    match asked {
        Flag::True => return Verdict::Encrypted,
        Flag::Unknown => return Verdict::Unknown,
        Flag::False | Flag::Unset => {}
    }
    // A replica has its source's encryption (`storage_encrypted` does not apply to it).
    if let Some(source) = node.set("replicate_source_db") {
        if depth >= MAX_DEPTH {
            return Verdict::Unknown;
        }
        let Some(s) = source_instance(cx, ids, inst, source) else {
            return Verdict::Unknown;
        };
        let src = cx.links.instance(s);
        return match encryption(cx, ids, src, depth + 1) {
            Verdict::Encrypted => Verdict::Encrypted,
            Verdict::Asked(_) | Verdict::ReplicaOf(_) => Verdict::ReplicaOf(label(src)),
            Verdict::Unknown | Verdict::Cluster => Verdict::Unknown,
        };
    }
    // Restored from a snapshot or a point in time: the source decides.
    if node.set("snapshot_identifier").is_some() || node.has_child("restore_to_point_in_time") {
        return Verdict::Unknown;
    }
    Verdict::Asked(asked)
}

/// The `aws_db_instance` a `replicate_source_db` names: by reference, or by its identifier.
fn source_instance(
    cx: &Checker,
    ids: &ByIdentifier,
    from: &Instance,
    source: &Value,
) -> Option<usize> {
    if let Target::Instance(s) = cx.links.resolve(from, source, &["aws_db_instance"]) {
        return Some(s);
    }
    let name = source.as_str()?;
    ids.get(&(&*from.root, name))?
        .iter()
        .copied()
        .find(|&s| !std::ptr::eq(cx.links.instance(s), from))
}
