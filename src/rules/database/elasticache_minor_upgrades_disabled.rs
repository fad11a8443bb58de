//! TFG-DB-060: ElastiCache Redis does not take minor engine upgrades.

use super::helpers::cache::redis_like;
use super::helpers::setting::require_bool;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-060",
    name: "elasticache-minor-upgrades-disabled",
    title: "ElastiCache Redis does not take minor engine upgrades",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_322"],
    compliance: &["SOC2:CC7.1", "NIST:SI-2", "ISO27001:A.8.8"],
    controls: &["ElastiCache Redis automatic minor version upgrade"],
    resources: &[
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-060.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool(
        cx,
        &[
            "aws_elasticache_cluster",
            "aws_elasticache_replication_group",
        ],
        "auto_minor_version_upgrade",
        true,
        true,
        "the cache misses minor engine releases, security fixes included",
        redis_like,
    );
}
