//! TFG-ENC-021: elastiCache replication group is not encrypted with a customer managed KMS key.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-021",
    name: "elasticache-without-cmk",
    title: "ElastiCache replication group is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &["CKV_AWS_191"],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["ElastiCache replication group CMK"],
    resources: &["aws_elasticache_replication_group"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-021.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_elasticache_replication_group"],
        "kms_key_id",
        Expect::Set { forbidden: &[] },
        "at-rest encryption uses the AWS managed key",
    );
}
