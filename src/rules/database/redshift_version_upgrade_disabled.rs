//! TFG-DB-051: Redshift cluster does not take engine version upgrades.

use super::helpers::setting::{always, require_bool_fix};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-051",
    name: "redshift-version-upgrade-disabled",
    title: "Redshift cluster does not take engine version upgrades",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_141"],
    compliance: &["SOC2:CC7.1", "NIST:SI-2", "ISO27001:A.8.8"],
    controls: &["Redshift allow_version_upgrade not disabled"],
    resources: &["aws_redshift_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-051.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool_fix(
        cx,
        &["aws_redshift_cluster"],
        "allow_version_upgrade",
        true,
        true,
        "the cluster misses engine upgrades, security fixes included, in its maintenance window",
        always,
        Some(Safety::Safe),
    );
}
