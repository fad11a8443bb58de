//! TFG-DB-067: OpenSearch domain without fine-grained access control.

use super::helpers::label;
use super::helpers::search::DOMAINS;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-067",
    name: "opensearch-without-fine-grained-access-control",
    title: "OpenSearch domain without fine-grained access control",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV2_AWS_52"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &["OpenSearch/Elasticsearch fine-grained access control"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-067.md"),
    check,
};

const PROBLEM: &str = "whoever the access policy lets in reads and writes every index; there are no per-index, per-document or per-field permissions";

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, inst) in cx.resources(t) {
            let Some(block) = inst.node().child("advanced_security_options") else {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `advanced_security_options`: {PROBLEM}",
                        label(inst)
                    ),
                );
                continue;
            };
            match flag(block.get("enabled")) {
                Flag::True => cx.pass(i),
                Flag::Unknown => cx.undecided(i),
                Flag::False => cx.report(
                    i,
                    "advanced_security_options[0].enabled",
                    format!(
                        "{} sets `advanced_security_options.enabled = false`: {PROBLEM}",
                        label(inst)
                    ),
                ),
                Flag::Unset => cx.report(
                    i,
                    "advanced_security_options[0]",
                    format!(
                        "{} does not set `advanced_security_options.enabled`: {PROBLEM}",
                        label(inst)
                    ),
                ),
            }
        }
    }
}
