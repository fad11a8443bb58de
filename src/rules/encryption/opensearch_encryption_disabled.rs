//! TFG-ENC-035: OpenSearch/Elasticsearch domain does not encrypt its data at rest.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-035",
    name: "opensearch-encryption-disabled",
    title: "OpenSearch/Elasticsearch domain does not encrypt data at rest",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0048",
        "AVD-AWS-0048",
        "aws-elasticsearch-enable-domain-encryption",
        "CKV_AWS_5",
        "24e16922-4330-4e9d-be8a-caa90299466a",
        "AC_AWS_0112",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["OpenSearch/ES encryption at rest"],
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
}
