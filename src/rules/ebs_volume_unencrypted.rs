//! TFG-ENC-001: EBS volume is not encrypted.
//!
//! Also home of [`snapshot_encrypted`], which follows a snapshot id to the snapshot, copy and
//! volume of the configuration it comes from (TFG-ENC-004 and TFG-ENC-005 use it).

use super::ebs_default_encryption_disabled::account_default;
use super::simple::label;
use super::{Area, Checker, Rule};
use super::{Remedy, Safety};
use crate::finding::Severity;
use crate::link::Target;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-001",
    name: "ebs-volume-unencrypted",
    title: "EBS volume is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0026",
        "AVD-AWS-0026",
        "aws-ec2-enable-volume-encryption",
        "CKV_AWS_3",
        "cc997676-481b-4e93-aa81-d19f8c5e9b12",
        "AC_AWS_0460",
        "FG_R00016",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.2.1"],
    controls: &["EBS volume encrypted"],
    resources: &["aws_ebs_volume"],
    fixable: true,
    doc: include_str!("../../rules/TFG-ENC-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ebs_volume") {
        let node = inst.node();
        let asked = flag(node.get("encrypted"));
        match asked {
            Flag::True => {
                cx.pass(i);
                continue;
            }
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::False | Flag::Unset => {}
        }
        // With encryption by default on, `encrypted = false` is ignored.
        match account_default(cx, inst) {
            Flag::True => {
                cx.pass(i);
                continue;
            }
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::False | Flag::Unset => {}
        }
        // A volume restored from an encrypted snapshot is encrypted whatever it asks.
        let source = node
            .set("snapshot_id")
            .map(|s| snapshot_encrypted(cx, inst, s, 0));
        let what = label(inst);
        match (asked, source) {
            (_, Some(Flag::True)) => cx.pass(i),
            (Flag::Unset, Some(Flag::Unknown | Flag::Unset)) => cx.undecided(i),
            (_, Some(Flag::Unknown | Flag::Unset)) => cx.report(
                i,
                "encrypted",
                format!(
                    "{what} sets `encrypted = false`: it is encrypted only if its snapshot is, \
                     which the configuration does not show"
                ),
            ),
            (Flag::Unset, Some(Flag::False)) => cx.report(
                i,
                "snapshot_id",
                format!(
                    "{what} does not set `encrypted` and is restored from an unencrypted snapshot: \
                     the volume and its snapshots are unencrypted"
                ),
            ),
            (_, Some(Flag::False)) | (Flag::False, None) => cx.report_fix(
                i,
                "encrypted",
                format!(
                    "{what} sets `encrypted = false`: the volume and its snapshots are unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
            (_, None) => cx.report_fix(
                i,
                "",
                format!(
                    "{what} does not set `encrypted` (default false): the volume and its \
                     snapshots are unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
        }
    }
}

/// How deep [`snapshot_encrypted`] follows snapshots of volumes restored from snapshots.
const MAX_DEPTH: usize = 8;

/// Whether the EBS snapshot named by `snapshot` (a `snapshot_id`/`source_snapshot_id` value of
/// `from`) is encrypted, as far as the configuration shows: the `aws_ebs_snapshot` or
/// `aws_ebs_snapshot_copy` it refers to, and the volume a snapshot is taken of. `Unknown` when
/// it is not a snapshot of the configuration or its encryption is not known.
pub(super) fn snapshot_encrypted(
    cx: &Checker,
    from: &Instance,
    snapshot: &Value,
    depth: usize,
) -> Flag {
    if depth > MAX_DEPTH {
        return Flag::Unknown;
    }
    let Target::Instance(s) = cx.links.resolve(
        from,
        snapshot,
        &["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
    ) else {
        return Flag::Unknown;
    };
    let snap = cx.links.instance(s);
    if snap.rtype == "aws_ebs_snapshot_copy" {
        return stored_encrypted(cx, snap, "source_snapshot_id", depth + 1);
    }
    // A plan knows the snapshot's own `encrypted`; otherwise it is the volume's.
    match flag(snap.node().get("encrypted")) {
        Flag::True => return Flag::True,
        Flag::False => return Flag::False,
        Flag::Unset | Flag::Unknown => {}
    }
    let Some(volume) = snap.node().set("volume_id") else {
        return Flag::Unknown;
    };
    match cx.links.resolve(snap, volume, &["aws_ebs_volume"]) {
        Target::Instance(v) => stored_encrypted(cx, cx.links.instance(v), "snapshot_id", depth + 1),
        Target::Unknown | Target::External => Flag::Unknown,
    }
}

/// Whether an `aws_ebs_volume` or `aws_ebs_snapshot_copy` ends up encrypted: asked for, by
/// the account default, or inherited from the snapshot named by `source_arg`.
fn stored_encrypted(cx: &Checker, inst: &Instance, source_arg: &str, depth: usize) -> Flag {
    match flag(inst.node().get("encrypted")) {
        Flag::True => return Flag::True,
        Flag::Unknown => return Flag::Unknown,
        Flag::False | Flag::Unset => {}
    }
    match account_default(cx, inst) {
        Flag::True => return Flag::True,
        Flag::Unknown => return Flag::Unknown,
        Flag::False | Flag::Unset => {}
    }
    match inst.node().set(source_arg) {
        Some(s) => snapshot_encrypted(cx, inst, s, depth),
        None => Flag::False,
    }
}
