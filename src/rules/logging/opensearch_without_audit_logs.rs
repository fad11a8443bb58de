//! TFG-LOG-018: an OpenSearch or Elasticsearch domain publishes no audit log.

use super::helpers::opensearch::{DOMAINS, publishing};
use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-018",
    name: "opensearch-without-audit-logs",
    title: "OpenSearch domain publishes no audit log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[
        "AWS-0042",
        "AVD-AWS-0042",
        "aws-elasticsearch-enable-domain-logging",
        "CKV_AWS_317",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["OpenSearch/Elasticsearch audit logs enabled"],
    resources: &["aws_elasticsearch_domain", "aws_opensearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, domain) in cx.resources(t) {
            let blocks = publishing(domain);
            let audit = |b: &(Option<String>, Option<bool>)| {
                b.0.as_deref().is_none_or(|t| t == "AUDIT_LOGS")
            };
            if blocks
                .iter()
                .any(|b| b.0.as_deref() == Some("AUDIT_LOGS") && b.1 == Some(true))
            {
                cx.pass(i);
            } else if blocks.iter().any(|b| audit(b) && b.1 != Some(false)) {
                // An unknown log type, or audit logs whose switch is unknown.
                cx.undecided(i);
            } else {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not publish `AUDIT_LOGS` in `log_publishing_options`: who read or changed what in the domain leaves no trace",
                        label(domain)
                    ),
                );
            }
        }
    }
}
