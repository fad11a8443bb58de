//! TFG-DB-002: RDS instance or cluster has deletion protection off.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-002",
    name: "rds-deletion-protection-disabled",
    title: "RDS instance or cluster has deletion protection off",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0177",
        "AVD-AWS-0177",
        "aws-rds-enable-deletion-protection",
        "AWS-0343",
        "AVD-AWS-0343",
        "aws-rds-enable-cluster-deletion-protection",
        "CKV_AWS_293",
        "CKV_AWS_139",
    ],
    compliance: &[
        "SOC2:A1.2",
        "SOC2:CC8.1",
        "NIST:CP-9",
        "NIST:CM-3",
        "ISO27001:A.8.13",
    ],
    controls: &["RDS instance/cluster deletion protection"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_db_instance", "aws_rds_cluster"],
        "deletion_protection",
        false,
        false,
        "a `terraform destroy`, a replacement or a console click deletes the database",
        Some(Safety::Unsafe),
    );
}
