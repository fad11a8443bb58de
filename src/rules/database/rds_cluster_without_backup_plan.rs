//! TFG-DB-090: RDS cluster is in no AWS Backup plan.

use crate::finding::Severity;
use crate::rules::common::backup::check_backup;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-090",
    name: "rds-cluster-without-backup-plan",
    title: "RDS cluster is in no AWS Backup plan",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV2_AWS_8"],
    compliance: &["SOC2:A1.2", "SOC2:CC7.5", "NIST:CP-9", "ISO27001:A.8.13"],
    controls: &["RDS cluster covered by an AWS Backup plan"],
    resources: &["aws_rds_cluster", "aws_backup_selection"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-090.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_backup(
        cx,
        "aws_rds_cluster",
        ("rds", "cluster:", Some("cluster_identifier")),
        "only its automated backups (at most 35 days, in its own account and region, deleted with it unless kept) protect its data",
    );
}
