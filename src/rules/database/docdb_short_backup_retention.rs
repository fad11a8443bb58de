//! TFG-DB-043: DocumentDB cluster keeps automated backups for fewer than 7 days.

use super::helpers::setting::{always, require_at_least};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-043",
    name: "docdb-short-backup-retention",
    title: "DocumentDB cluster keeps automated backups for fewer than 7 days",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_360"],
    compliance: &["SOC2:A1.2", "NIST:CP-9", "NIST:CP-10", "ISO27001:A.8.13"],
    controls: &["DocumentDB backup retention >= 7 days"],
    resources: &["aws_docdb_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-043.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_at_least(
        cx,
        &["aws_docdb_cluster"],
        "backup_retention_period",
        7.0,
        1.0,
        "data lost or corrupted more than a few days ago cannot be restored from automated backups",
        always,
        Some((Safety::Safe, "7")),
    );
}
