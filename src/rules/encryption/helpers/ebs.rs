//! What the EBS rules share: whether the configuration turns EBS encryption by default on
//! ([`account_default`]) and whether a snapshot a volume or copy is made from is encrypted
//! ([`snapshot_encrypted`], following snapshots, copies and volumes of the configuration).

use crate::link::Target;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::Checker;

/// What the configuration says about EBS encryption by default for `from`'s root: `True` when
/// an `aws_ebs_encryption_by_default` of that root turns it on (`enabled` true or unset),
/// `Unknown` when none does but one is unknown, else `Unset` (not declared, or declared off).
///
/// The resource applies to its provider's region; tfgate does not follow provider aliases, so a
/// root that enables it is taken to enable it for all its volumes.
pub fn account_default(cx: &Checker, from: &Instance) -> Flag {
    let mut unknown = false;
    for &d in cx
        .links
        .in_root(&from.root, "aws_ebs_encryption_by_default")
    {
        let inst = cx.links.instance(d);
        match flag(inst.node().get("enabled")) {
            // With an unknown `count`/`for_each` the resource may not exist at all.
            Flag::True | Flag::Unset if !inst.keys_unknown() => return Flag::True,
            Flag::True | Flag::Unset | Flag::Unknown => unknown = true,
            Flag::False => {}
        }
    }
    if unknown { Flag::Unknown } else { Flag::Unset }
}

/// How deep [`snapshot_encrypted`] follows snapshots of volumes restored from snapshots.
const MAX_DEPTH: usize = 8;

/// Whether the EBS snapshot named by `snapshot` (a `snapshot_id`/`source_snapshot_id` value of
/// `from`) is encrypted, as far as the configuration shows: the `aws_ebs_snapshot` or
/// `aws_ebs_snapshot_copy` it refers to, and the volume a snapshot is taken of. `Unknown` when
/// it is not a snapshot of the configuration or its encryption is not known.
pub fn snapshot_encrypted(cx: &Checker, from: &Instance, snapshot: &Value, depth: usize) -> Flag {
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
