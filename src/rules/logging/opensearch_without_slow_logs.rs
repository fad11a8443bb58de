//! TFG-LOG-091: an OpenSearch or Elasticsearch domain publishes no slow logs.

use super::helpers::opensearch::{DOMAINS, publishing};
use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-091",
    name: "opensearch-without-slow-logs",
    title: "OpenSearch domain publishes no search or indexing slow logs",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["e979fcbc-df6c-422d-9458-c33d65e71c45"],
    compliance: &[
        "SOC2:A1.1",
        "SOC2:CC7.2",
        "NIST:SI-4",
        "ISO27001:A.8.6",
        "ISO27001:A.8.16",
    ],
    controls: &["OpenSearch/Elasticsearch slow logs published to CloudWatch"],
    resources: &["aws_elasticsearch_domain", "aws_opensearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-091.md"),
    check,
};

const SLOW: &[&str] = &["SEARCH_SLOW_LOGS", "INDEX_SLOW_LOGS"];

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, domain) in cx.resources(t) {
            let blocks = publishing(domain);
            let slow = |b: &(Option<String>, Option<bool>)| {
                b.0.as_deref().is_none_or(|t| SLOW.contains(&t))
            };
            if blocks
                .iter()
                .any(|b| b.0.as_deref().is_some_and(|t| SLOW.contains(&t)) && b.1 == Some(true))
            {
                cx.pass(i);
            } else if blocks.iter().any(|b| slow(b) && b.1 != Some(false)) {
                // An unknown log type, or slow logs whose switch is unknown.
                cx.undecided(i);
            } else {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not publish `SEARCH_SLOW_LOGS` or `INDEX_SLOW_LOGS` in `log_publishing_options`: expensive or abusive queries leave no record outside the domain",
                        label(domain)
                    ),
                );
            }
        }
    }
}
