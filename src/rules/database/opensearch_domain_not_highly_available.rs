//! TFG-DB-071: OpenSearch domain without three dedicated masters across zones.

use super::helpers::label;
use super::helpers::search::DOMAINS;
use super::helpers::setting::{Num, number};
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-071",
    name: "opensearch-domain-not-highly-available",
    title: "OpenSearch domain without three dedicated masters spread across zones",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_318"],
    compliance: &["SOC2:A1.2", "NIST:CP-10", "NIST:SC-36", "ISO27001:A.8.14"],
    controls: &["OpenSearch/Elasticsearch three dedicated masters and zone awareness"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-071.md"),
    check,
};

const PROBLEM: &str = "losing one master or one zone can leave the cluster without a quorum";

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, inst) in cx.resources(t) {
            let Some(config) = inst.node().child("cluster_config") else {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `cluster_config` (no dedicated masters, one zone): {PROBLEM}",
                        label(inst)
                    ),
                );
                continue;
            };
            let mut missing = Vec::new();
            let mut unknown = false;
            match flag(config.get("dedicated_master_enabled")) {
                Flag::False => missing.push("sets `dedicated_master_enabled = false`".to_string()),
                Flag::Unknown => unknown = true,
                Flag::True | Flag::Unset => match number(config.get("dedicated_master_count")) {
                    Num::Known(n) if n >= 3.0 => {}
                    Num::Known(n) => missing.push(format!("sets `dedicated_master_count = {n}`")),
                    Num::Unset => missing.push("does not set `dedicated_master_count`".to_string()),
                    Num::Unknown => unknown = true,
                },
            }
            match flag(config.get("zone_awareness_enabled")) {
                Flag::True => {}
                Flag::False => missing.push("sets `zone_awareness_enabled = false`".to_string()),
                Flag::Unset => missing
                    .push("does not set `zone_awareness_enabled` (default false)".to_string()),
                Flag::Unknown => unknown = true,
            }
            if missing.is_empty() {
                if unknown {
                    cx.undecided(i);
                } else {
                    cx.pass(i);
                }
                continue;
            }
            cx.report(
                i,
                "cluster_config[0]",
                format!(
                    "{} {} in `cluster_config`: {PROBLEM}",
                    label(inst),
                    missing.join(" and ")
                ),
            );
        }
    }
}
