//! ElastiCache: a cache cluster that belongs to a replication group takes its engine, port,
//! subnet group, backups and upgrades from the group (the provider refuses those arguments
//! beside `replication_group_id`), so only standalone clusters and the groups are judged.

use crate::model::Instance;
use crate::model::value::Value;

/// The engine of a cluster or replication group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Redis,
    Valkey,
    Memcached,
    /// Another value (AWS would reject it) or one unknown before apply.
    Unknown,
}

/// True for a cache cluster that joins a replication group (the group decides its settings).
pub fn in_group(inst: &Instance) -> bool {
    inst.rtype == "aws_elasticache_cluster" && inst.node().set("replication_group_id").is_some()
}

/// The engine as written; a replication group without `engine` runs Redis (the provider
/// default) unless it is a secondary of a global datastore (`global_replication_group_id`),
/// whose engine and version come from the datastore; a cluster must name it unless it
/// joins a group.
pub fn engine(inst: &Instance) -> Engine {
    if inst.node().set("global_replication_group_id").is_some()
        && inst.node().set("engine").is_none()
    {
        return Engine::Unknown;
    }
    match inst.node().get("engine") {
        Some(Value::String(e)) => match e.to_ascii_lowercase().as_str() {
            "redis" => Engine::Redis,
            "valkey" => Engine::Valkey,
            "memcached" => Engine::Memcached,
            _ => Engine::Unknown,
        },
        None | Some(Value::Null) if inst.rtype == "aws_elasticache_replication_group" => {
            Engine::Redis
        }
        _ => Engine::Unknown,
    }
}

/// Applies to standalone clusters and groups running Redis or Valkey: members of a group
/// pass (the group is judged), Memcached passes, an unknown engine is undecided.
pub fn redis_like(inst: &Instance) -> Option<bool> {
    if in_group(inst) {
        return Some(false);
    }
    match engine(inst) {
        Engine::Redis | Engine::Valkey => Some(true),
        Engine::Memcached => Some(false),
        Engine::Unknown => None,
    }
}
