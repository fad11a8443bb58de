//! TFG-LOG-017: an OpenSearch or Elasticsearch domain publishes no logs to CloudWatch.

use super::helpers::opensearch::{DOMAINS, publishing};
use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-017",
    name: "opensearch-without-log-publishing",
    title: "OpenSearch domain publishes no logs to CloudWatch Logs",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_84", "acb6b4e2-a086-4f35-aefd-4db6ea51ada2"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["OpenSearch/Elasticsearch log publishing to CloudWatch enabled"],
    resources: &["aws_elasticsearch_domain", "aws_opensearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, domain) in cx.resources(t) {
            let blocks = publishing(domain);
            if blocks.iter().any(|(_, on)| *on == Some(true)) {
                cx.pass(i);
            } else if blocks.iter().any(|(_, on)| on.is_none()) {
                cx.undecided(i);
            } else if blocks.is_empty() {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `log_publishing_options`: its error, slow and audit logs stay inside the domain",
                        label(domain)
                    ),
                );
            } else {
                cx.report(
                    i,
                    "log_publishing_options[0]",
                    format!(
                        "{} publishes none of its `log_publishing_options` (each is disabled or has no log group): its logs stay inside the domain",
                        label(domain)
                    ),
                );
            }
        }
    }
}
