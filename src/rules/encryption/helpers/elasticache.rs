//! What the ElastiCache rules share: a replication group's label, whether it belongs to a
//! global datastore (whose settings it inherits) and whether it is encrypted at rest.

use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;

/// A replication group's `replication_group_id` when known, else the usual label.
pub fn group_label(inst: &Instance) -> String {
    match inst
        .node()
        .get("replication_group_id")
        .and_then(Value::as_str)
    {
        Some(n) => format!("{} `{n}`", inst.rtype),
        None => label(inst),
    }
}

/// True when the group is a member of a global datastore, whose settings it inherits.
pub fn in_global_datastore(inst: &Instance) -> bool {
    inst.node().set("global_replication_group_id").is_some()
}

/// Whether the group is encrypted at rest: `at_rest_encryption_enabled` as written, or its
/// default when unset (true for the `valkey` engine, false for `redis`, the default engine;
/// `Unknown` when the engine is unknown or a global datastore decides).
pub fn at_rest(inst: &Instance) -> Flag {
    let node = inst.node();
    match flag(node.get("at_rest_encryption_enabled")) {
        Flag::Unset if in_global_datastore(inst) => Flag::Unknown,
        Flag::Unset => match node.get("engine") {
            Some(Value::String(e)) if e.eq_ignore_ascii_case("valkey") => Flag::True,
            Some(Value::Unknown(_)) => Flag::Unknown,
            _ => Flag::Unset,
        },
        other => other,
    }
}
