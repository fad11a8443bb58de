//! TFG-ENC-038: OpenSearch/Elasticsearch domain accepts plain HTTP.

use crate::finding::Severity;
use crate::model::access::{Flag, Node, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-038",
    name: "opensearch-https-not-enforced",
    title: "OpenSearch/Elasticsearch domain does not enforce HTTPS",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0046",
        "AVD-AWS-0046",
        "aws-elasticsearch-enforce-https",
        "CKV_AWS_83",
        "2e9e0729-66d5-4148-9d39-5e6fb4bf2a4e",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8"],
    controls: &["OpenSearch/ES enforces HTTPS"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-038.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_enforce_https(cx);
}

/// `enforce_https` defaults to true inside a `domain_endpoint_options` block (a provider
/// default), but a domain without the block gets the API's default, false.
fn check_enforce_https(cx: &mut Checker) {
    for t in ["aws_opensearch_domain", "aws_elasticsearch_domain"] {
        for (i, inst) in cx.resources(t) {
            let options = inst.node().children("domain_endpoint_options");
            if options.is_empty() {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} has no `domain_endpoint_options` block, so HTTPS is not enforced (API default false): clients can use plain HTTP",
                        label(inst)
                    ),
                );
                continue;
            }
            let mut findings = Vec::new();
            let mut unknown = false;
            for (k, o) in options.iter().enumerate() {
                if matches!(o, Node::Value(v) if v.is_unknown()) {
                    unknown = true;
                    continue;
                }
                match flag(o.get("enforce_https")) {
                    Flag::True | Flag::Unset => {}
                    Flag::Unknown => unknown = true,
                    Flag::False => findings.push((
                        i,
                        format!("domain_endpoint_options[{k}].enforce_https"),
                        format!(
                            "{} sets `enforce_https = false`: clients can use plain HTTP",
                            label(inst)
                        ),
                    )),
                }
            }
            cx.settle(i, unknown, findings);
        }
    }
}
