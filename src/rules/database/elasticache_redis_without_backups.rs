//! TFG-DB-059: ElastiCache Redis cluster or replication group without automatic backups.

use super::helpers::cache::redis_like;
use super::helpers::setting::require_at_least;
use crate::finding::Severity;
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-059",
    name: "elasticache-redis-without-backups",
    title: "ElastiCache Redis cluster or replication group without automatic backups",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0050",
        "AVD-AWS-0050",
        "aws-elasticache-enable-backup-retention",
        "CKV_AWS_134",
        "8fdb08a0-a868-4fdf-9c27-ccab0237f1ab",
    ],
    compliance: &["SOC2:A1.2", "NIST:CP-9", "NIST:CP-10", "ISO27001:A.8.13"],
    controls: &["ElastiCache Redis automatic backups (snapshot retention)"],
    resources: &[
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-059.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_at_least(
        cx,
        &[
            "aws_elasticache_cluster",
            "aws_elasticache_replication_group",
        ],
        "snapshot_retention_limit",
        1.0,
        0.0,
        "ElastiCache takes no daily snapshots, so a lost or corrupted dataset cannot be restored",
        backups_apply,
        None,
    );
}

/// Redis and Valkey only (Memcached has no snapshots); `cache.t1.micro` nodes cannot take
/// snapshots at all (AWS refuses a retention limit there).
fn backups_apply(inst: &Instance) -> Option<bool> {
    if inst.node().get("node_type").and_then(Value::as_str) == Some("cache.t1.micro") {
        return Some(false);
    }
    redis_like(inst)
}
