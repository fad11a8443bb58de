//! TFG-ENC-035: OpenSearch/Elasticsearch domain lacks encryption at rest, node-to-node encryption or enforced HTTPS with TLS 1.2.

use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::setting::{self, Expect};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-035",
    name: "opensearch-encryption-disabled",
    title: "OpenSearch/Elasticsearch domain lacks encryption at rest, node-to-node encryption or enforced HTTPS with TLS 1.2",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0048",
        "AVD-AWS-0048",
        "AWS-0043",
        "AVD-AWS-0043",
        "AWS-0046",
        "AVD-AWS-0046",
        "AWS-0126",
        "AVD-AWS-0126",
        "aws-elasticsearch-enable-domain-encryption",
        "aws-elasticsearch-enable-in-transit-encryption",
        "aws-elasticsearch-enforce-https",
        "aws-elasticsearch-use-secure-tls-policy",
        "CKV_AWS_5",
        "CKV_AWS_6",
        "CKV_AWS_83",
        "CKV_AWS_228",
        "24e16922-4330-4e9d-be8a-caa90299466a",
        "967eb3e6-26fc-497d-8895-6428beb6e8e2",
        "2e9e0729-66d5-4148-9d39-5e6fb4bf2a4e",
        "AC_AWS_0112",
        "AC_AWS_0468",
    ],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.7", "NIST:SC-8", "NIST:SC-28"],
    controls: &["OpenSearch/ES at rest, node-to-node, HTTPS, TLS policy"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-035.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        "encrypt_at_rest.enabled",
        Expect::True { default: false },
        "indexed data is stored unencrypted",
    );
    setting::check_unless(
        cx,
        &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        "node_to_node_encryption.enabled",
        Expect::True { default: false },
        "traffic between nodes is unencrypted",
        single_node,
    );
    check_enforce_https(cx);
    setting::check(
        cx,
        &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        "domain_endpoint_options.tls_security_policy",
        Expect::OneOf {
            allowed: &["Policy-Min-TLS-1-2*"],
            default: Some("Policy-Min-TLS-1-0-2019-07"),
        },
        "clients can use TLS below 1.2",
    );
}

/// Whether the domain runs on one node: one data node (`instance_count`, default 1), no
/// dedicated master nodes, no warm nodes. Such a domain has no traffic between nodes to
/// encrypt; when it grows, the change that adds nodes is judged again. `None`: unknown.
fn single_node(inst: &Instance) -> Option<bool> {
    let Some(cluster) = inst.node().child("cluster_config") else {
        return Some(true);
    };
    if let Node::Value(v) = cluster
        && v.is_unknown()
    {
        return None;
    }
    let count = match cluster.get("instance_count") {
        None | Some(Value::Null) => Some(1.0),
        Some(v) if v.is_unknown() => None,
        Some(v) => v.to_number(),
    };
    let flags: Vec<Flag> = [
        "dedicated_master_enabled",
        "warm_enabled",
        "zone_awareness_enabled",
    ]
    .iter()
    .map(|extra| flag(cluster.get(extra)))
    .collect();
    if count.is_some_and(|n| n > 1.0) || flags.contains(&Flag::True) {
        Some(false)
    } else if count.is_none() || flags.contains(&Flag::Unknown) {
        None
    } else {
        Some(true)
    }
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
