//! TFG-DB-065: ElastiCache cluster runs Memcached.

use super::helpers::cache::{Engine, engine, in_group};
use super::helpers::label;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-065",
    name: "elasticache-memcached-engine",
    title: "ElastiCache cluster runs Memcached, which has no authentication or encryption at rest",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["4bd15dd9-8d5e-4008-8532-27eb0c3706d3"],
    compliance: &["SOC2:CC6.1", "NIST:IA-3", "NIST:SC-28", "ISO27001:A.8.5"],
    controls: &["ElastiCache engine is Redis (not Memcached)"],
    resources: &["aws_elasticache_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-065.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_cluster") {
        if in_group(inst) {
            cx.pass(i);
            continue;
        }
        match engine(inst) {
            Engine::Redis | Engine::Valkey => cx.pass(i),
            Engine::Unknown => cx.undecided(i),
            Engine::Memcached => cx.report(
                i,
                "engine",
                format!(
                    "{} sets `engine = \"memcached\"`: Memcached has no user authentication and no encryption at rest, so anyone who reaches a node reads and writes the cache",
                    label(inst)
                ),
            ),
        }
    }
}
