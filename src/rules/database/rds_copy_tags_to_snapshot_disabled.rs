//! TFG-DB-006: RDS or Neptune snapshots do not copy the database tags.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-006",
    name: "rds-copy-tags-to-snapshot-disabled",
    title: "RDS or Neptune snapshots do not copy the database tags",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV2_AWS_60", "CKV_AWS_313", "CKV_AWS_362"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC8.1",
        "NIST:CM-8",
        "NIST:CM-2",
        "ISO27001:A.5.9",
    ],
    controls: &["Copy tags to snapshots (RDS instance, RDS cluster, Neptune cluster)"],
    resources: &["aws_db_instance", "aws_rds_cluster", "aws_neptune_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_db_instance", "aws_rds_cluster", "aws_neptune_cluster"],
        "copy_tags_to_snapshot",
        false,
        false,
        "its snapshots lose the owner, data classification and cost tags that access policies and inventories rely on",
        Some(Safety::Safe),
    );
}
