//! TFG-DB-045: Neptune cluster keeps automated backups for fewer than 7 days.

use super::helpers::setting::{always, require_at_least};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-045",
    name: "neptune-short-backup-retention",
    title: "Neptune cluster keeps automated backups for fewer than 7 days",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_361"],
    compliance: &["SOC2:A1.2", "NIST:CP-9", "NIST:CP-10", "ISO27001:A.8.13"],
    controls: &["Neptune backup retention >= 7 days"],
    resources: &["aws_neptune_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-045.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_at_least(
        cx,
        &["aws_neptune_cluster"],
        "backup_retention_period",
        7.0,
        1.0,
        "data lost or corrupted more than a few days ago cannot be restored from automated backups",
        always,
        Some((Safety::Safe, "7")),
    );
}
