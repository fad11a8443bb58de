//! TFG-ENC-020: elastiCache replication group does not encrypt data in transit.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-020",
    name: "elasticache-in-transit-unencrypted",
    title: "ElastiCache replication group does not encrypt data in transit",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0051",
        "AVD-AWS-0051",
        "aws-elasticache-enable-in-transit-encryption",
        "CKV_AWS_30",
        "CKV_AWS_31",
        "1afbb3fa-cf6c-4a3d-b730-95e9f4df343e",
        "AC_AWS_0467",
        "FG_R00105",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["ElastiCache replication group in-transit encryption"],
    resources: &["aws_elasticache_replication_group"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_elasticache_replication_group"],
        "transit_encryption_enabled",
        Expect::True { default: false },
        "clients and replicas talk in plaintext",
    );
}
