//! RDS clusters: how a cluster is named in messages, and whether it takes its storage
//! encryption from a source.

use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::common::simple::label;

/// The cluster's `cluster_identifier` when known, else the usual label.
pub fn label_cluster(inst: &Instance) -> String {
    match inst
        .node()
        .get("cluster_identifier")
        .and_then(Value::as_str)
    {
        Some(n) => format!("{} `{n}`", inst.rtype),
        None => label(inst),
    }
}

/// Restored from a snapshot, a point in time, or replicating another cluster: the source's
/// encryption and key apply unless this cluster asks for its own.
pub fn inherits(inst: &Instance) -> bool {
    let node = inst.node();
    node.set("snapshot_identifier").is_some()
        || node.set("replication_source_identifier").is_some()
        || node.has_child("restore_to_point_in_time")
}
