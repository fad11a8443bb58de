//! What the data store rules (DynamoDB, DocumentDB, Neptune, Redshift, ElastiCache,
//! OpenSearch) share: how a data store is named in messages, one boolean or number setting
//! judged with its provider default, ElastiCache group membership and engines, and the two
//! search domain types.

pub mod cache;
pub mod exports;
pub mod search;
pub mod setting;

use crate::model::Instance;
use crate::model::value::Value;

/// How to name a data store in messages: the identifier it is created with when known
/// (`cluster_identifier`, `replication_group_id`, `domain_name`, ...), else its address. A
/// cluster instance's `cluster_identifier` names its cluster, so only its own `identifier`
/// names it.
pub fn label(inst: &Instance) -> String {
    let keys: &[&str] = if inst.rtype.ends_with("_cluster_instance") {
        &["identifier"]
    } else {
        &[
            "cluster_identifier",
            "cluster_id",
            "replication_group_id",
            "domain_name",
            "identifier",
            "name",
        ]
    };
    for &key in keys {
        if let Some(n) = inst.node().get(key).and_then(Value::as_str) {
            return format!("{} `{n}`", inst.rtype);
        }
    }
    format!("`{}`", inst.address)
}
