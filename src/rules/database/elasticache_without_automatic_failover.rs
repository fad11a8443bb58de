//! TFG-DB-063: ElastiCache replication group without automatic failover.

use super::helpers::setting::{always, require_bool};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-063",
    name: "elasticache-without-automatic-failover",
    title: "ElastiCache replication group without automatic failover",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV2_AWS_50"],
    compliance: &["SOC2:A1.2", "NIST:CP-10", "NIST:SC-36", "ISO27001:A.8.14"],
    controls: &["ElastiCache Redis replication group automatic failover (Multi-AZ)"],
    resources: &["aws_elasticache_replication_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-063.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool(
        cx,
        &["aws_elasticache_replication_group"],
        "automatic_failover_enabled",
        true,
        false,
        "when the primary node fails, the group stays unavailable for writes until someone acts",
        always,
    );
}
