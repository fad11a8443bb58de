//! TFG-DB-070: OpenSearch domain without dedicated master nodes.

use super::helpers::label;
use super::helpers::search::DOMAINS;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-070",
    name: "opensearch-without-dedicated-masters",
    title: "OpenSearch domain without dedicated master nodes",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV2_AWS_59"],
    compliance: &["SOC2:A1.2", "NIST:CP-10", "NIST:SC-36", "ISO27001:A.8.14"],
    controls: &["OpenSearch/Elasticsearch dedicated master nodes enabled"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-070.md"),
    check,
};

const ARG: &str = "dedicated_master_enabled";
const PROBLEM: &str = "data nodes also manage the cluster, so a busy or failed data node can take the whole domain down";

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, inst) in cx.resources(t) {
            let Some(config) = inst.node().child("cluster_config") else {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `cluster_config` (`{ARG}` default false): {PROBLEM}",
                        label(inst)
                    ),
                );
                continue;
            };
            match flag(config.get(ARG)) {
                Flag::True => cx.pass(i),
                Flag::Unknown => cx.undecided(i),
                Flag::False => cx.report(
                    i,
                    &format!("cluster_config[0].{ARG}"),
                    format!(
                        "{} sets `cluster_config.{ARG} = false`: {PROBLEM}",
                        label(inst)
                    ),
                ),
                Flag::Unset => cx.report(
                    i,
                    "cluster_config[0]",
                    format!(
                        "{} does not set `cluster_config.{ARG}` (default false): {PROBLEM}",
                        label(inst)
                    ),
                ),
            }
        }
    }
}
