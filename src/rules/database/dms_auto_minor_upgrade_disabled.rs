//! TFG-DB-010: DMS replication instance does not apply minor version upgrades.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-010",
    name: "dms-auto-minor-upgrade-disabled",
    title: "DMS replication instance does not apply minor version upgrades",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_222"],
    compliance: &["SOC2:CC7.1", "SOC2:CC8.1", "NIST:SI-2", "ISO27001:A.8.8"],
    controls: &["DMS replication instance automatic minor version upgrade"],
    resources: &["aws_dms_replication_instance"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_dms_replication_instance"],
        "auto_minor_version_upgrade",
        false,
        false,
        "security patches of the replication engine wait until someone upgrades by hand",
        Some(Safety::Unsafe),
    );
}
