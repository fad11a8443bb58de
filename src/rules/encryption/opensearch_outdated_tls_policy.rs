//! TFG-ENC-039: OpenSearch/Elasticsearch domain accepts TLS below 1.2.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-039",
    name: "opensearch-outdated-tls-policy",
    title: "OpenSearch/Elasticsearch domain endpoint accepts TLS below 1.2",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0126",
        "AVD-AWS-0126",
        "aws-elasticsearch-use-secure-tls-policy",
        "CKV_AWS_228",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8"],
    controls: &["OpenSearch/ES endpoint TLS policy 1.2+"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-039.md"),
    check,
};

fn check(cx: &mut Checker) {
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
