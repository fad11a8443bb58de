//! TFG-DB-064: Memcached cluster of several nodes in one Availability Zone.

use super::helpers::cache::{Engine, engine, in_group};
use super::helpers::label;
use super::helpers::setting::{Num, number};
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-064",
    name: "elasticache-memcached-single-az",
    title: "ElastiCache Memcached cluster keeps all its nodes in one Availability Zone",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["6db03a91-f933-4f13-ab38-a8b87a7de54d"],
    compliance: &["SOC2:A1.2", "NIST:CP-10", "NIST:SC-36", "ISO27001:A.8.14"],
    controls: &["ElastiCache Memcached nodes spread across AZs"],
    resources: &["aws_elasticache_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-064.md"),
    check,
};

const PROBLEM: &str = "one zone's outage takes every node, and the whole cache, down";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_cluster") {
        if in_group(inst) {
            cx.pass(i);
            continue;
        }
        match engine(inst) {
            Engine::Memcached => {}
            Engine::Redis | Engine::Valkey => {
                cx.pass(i);
                continue;
            }
            Engine::Unknown => {
                cx.undecided(i);
                continue;
            }
        }
        match number(inst.node().get("num_cache_nodes")) {
            Num::Known(n) if n > 1.0 => {}
            Num::Unknown => {
                cx.undecided(i);
                continue;
            }
            Num::Known(_) | Num::Unset => {
                cx.pass(i);
                continue;
            }
        }
        match inst.node().get("az_mode") {
            Some(Value::String(m)) if m.eq_ignore_ascii_case("cross-az") => cx.pass(i),
            Some(Value::String(m)) => cx.report(
                i,
                "az_mode",
                format!("{} sets `az_mode` to \"{m}\": {PROBLEM}", label(inst)),
            ),
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!(
                    "{} does not set `az_mode` (default \"single-az\"): {PROBLEM}",
                    label(inst)
                ),
            ),
            Some(_) => cx.undecided(i),
        }
    }
}
