//! TFG-ENC-019: ElastiCache replication group is not encrypted at rest.

use super::helpers::elasticache::{at_rest, group_label};

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::Flag;
use crate::rules::{Area, Checker, Rule};

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
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["ElastiCache replication group at-rest encryption"],
    resources: &["aws_elasticache_replication_group"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_replication_group") {
        match at_rest(inst) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "at_rest_encryption_enabled",
                format!(
                    "{} sets `at_rest_encryption_enabled = false`: data on disk (swap, sync) and \
                     backups are unencrypted",
                    group_label(inst)
                ),
                Remedy::set(Safety::Unsafe, "at_rest_encryption_enabled", "true"),
            ),
            Flag::Unset => cx.report_fix(
                i,
                "",
                format!(
                    "{} does not set `at_rest_encryption_enabled` (default false for Redis OSS): \
                     data on disk (swap, sync) and backups are unencrypted",
                    group_label(inst)
                ),
                Remedy::set(Safety::Unsafe, "at_rest_encryption_enabled", "true"),
            ),
        }
    }
}
