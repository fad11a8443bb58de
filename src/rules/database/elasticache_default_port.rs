//! TFG-DB-062: ElastiCache cluster listens on its engine's default port.

use super::helpers::cache::{Engine, engine, in_group};
use super::helpers::label;
use super::helpers::setting::{Num, number};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-062",
    name: "elasticache-default-port",
    title: "ElastiCache cluster or replication group listens on the engine's default port",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["5d89db57-8b51-4b38-bb76-b9bd42bd40f0"],
    compliance: &["SOC2:CC7.1", "NIST:CM-6", "NIST:CM-7", "ISO27001:A.8.9"],
    controls: &["ElastiCache cluster uses the engine default port"],
    resources: &[
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-062.md"),
    check,
};

const PROBLEM: &str = "scanners looking for caches try the well-known port first";

fn check(cx: &mut Checker) {
    for t in [
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ] {
        for (i, inst) in cx.resources(t) {
            if in_group(inst) {
                cx.pass(i);
                continue;
            }
            let default = match engine(inst) {
                Engine::Redis | Engine::Valkey => Some(6379.0),
                Engine::Memcached => Some(11211.0),
                Engine::Unknown => None,
            };
            match (number(inst.node().get("port")), default) {
                (Num::Unknown, _) => cx.undecided(i),
                (Num::Unset, Some(d)) => cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `port` (default {d}): {PROBLEM}",
                        label(inst)
                    ),
                ),
                (Num::Unset, None) => cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `port` (the engine's default): {PROBLEM}",
                        label(inst)
                    ),
                ),
                (Num::Known(p), Some(d)) if p == d => cx.report(
                    i,
                    "port",
                    format!(
                        "{} sets `port = {d}`, the engine's default: {PROBLEM}",
                        label(inst)
                    ),
                ),
                (Num::Known(p), None) if p == 6379.0 || p == 11211.0 => cx.undecided(i),
                (Num::Known(_), _) => cx.pass(i),
            }
        }
    }
}
