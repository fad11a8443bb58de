//! TFG-ENC-019: elastiCache replication group is not encrypted at rest.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-019",
    name: "elasticache-at-rest-unencrypted",
    title: "ElastiCache replication group is not encrypted at rest",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0045",
        "AVD-AWS-0045",
        "aws-elasticache-enable-at-rest-encryption",
        "CKV_AWS_29",
        "76976de7-c7b1-4f64-a94f-90c1345914c2",
        "AC_AWS_0466",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["ElastiCache replication group at-rest encryption"],
    resources: &["aws_elasticache_replication_group"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_elasticache_replication_group"],
        "at_rest_encryption_enabled",
        Expect::True { default: false },
        "cached data and backups are stored unencrypted",
    );
}
