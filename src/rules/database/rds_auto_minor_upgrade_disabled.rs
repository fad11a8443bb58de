//! TFG-DB-003: RDS database turns off automatic minor version upgrades.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-003",
    name: "rds-auto-minor-upgrade-disabled",
    title: "RDS database turns off automatic minor version upgrades",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &[
        "automatic_minor_upgrades_disabled",
        "3b6d777b-76e3-4133-80a3-0d6f667ade7f",
    ],
    compliance: &["SOC2:CC7.1", "SOC2:CC8.1", "NIST:SI-2", "ISO27001:A.8.8"],
    controls: &["RDS automatic minor version upgrade not disabled (explicit false)"],
    resources: &[
        "aws_db_instance",
        "aws_rds_cluster_instance",
        "aws_rds_cluster",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &[
            "aws_db_instance",
            "aws_rds_cluster_instance",
            "aws_rds_cluster",
        ],
        "auto_minor_version_upgrade",
        false,
        true,
        "security patches of the engine wait until someone upgrades by hand",
        Some(Safety::Unsafe),
    );
}
