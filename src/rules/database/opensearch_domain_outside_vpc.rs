//! TFG-DB-068: OpenSearch domain outside a VPC.

use super::helpers::label;
use super::helpers::search::DOMAINS;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-068",
    name: "opensearch-domain-outside-vpc",
    title: "OpenSearch domain has a public endpoint instead of living in a VPC",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_137"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["OpenSearch/Elasticsearch domain inside a VPC"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-068.md"),
    check,
};

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, inst) in cx.resources(t) {
            if inst.node().has_child("vpc_options") {
                cx.pass(i);
                continue;
            }
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `vpc_options`: the domain gets a public endpoint and only its access policy stands between the internet and the data",
                    label(inst)
                ),
            );
        }
    }
}
