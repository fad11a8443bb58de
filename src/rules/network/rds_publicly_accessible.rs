//! TFG-NET-017: RDS database is publicly accessible.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-017",
    name: "rds-publicly-accessible",
    title: "RDS database is publicly accessible",
    severity: Severity::Critical,
    area: Area::Network,
    aliases: &[
        "AWS-0180",
        "AVD-AWS-0180",
        "aws-rds-enable-public-access",
        "CKV_AWS_17",
        "35113e6f-2c6b-414d-beec-7a9482d3b2d1",
        "AC_AWS_0054",
        "FG_R00278",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-3",
        "CIS-AWS:2.3.3",
    ],
    controls: &["RDS instance publicly accessible"],
    resources: &["aws_db_instance", "aws_rds_cluster_instance"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-NET-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_db_instance", "aws_rds_cluster_instance"],
        "publicly_accessible",
        true,
        false,
        "the database gets a public DNS name and address",
        Some(Safety::Unsafe),
    );
}
