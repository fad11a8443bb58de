//! TFG-ENC-037: OpenSearch/Elasticsearch domain of several nodes does not encrypt traffic between them.

use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-037",
    name: "opensearch-node-to-node-unencrypted",
    title: "OpenSearch/Elasticsearch domain does not encrypt traffic between its nodes",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0043",
        "AVD-AWS-0043",
        "aws-elasticsearch-enable-in-transit-encryption",
        "CKV_AWS_6",
        "967eb3e6-26fc-497d-8895-6428beb6e8e2",
        "AC_AWS_0468",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8"],
    controls: &["OpenSearch/ES node-to-node encryption"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-037.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check_unless(
        cx,
        &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        "node_to_node_encryption.enabled",
        Expect::True { default: false },
        "traffic between nodes is unencrypted",
        single_node,
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
