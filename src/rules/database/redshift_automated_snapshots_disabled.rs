//! TFG-DB-050: Redshift cluster has automated snapshots turned off.

use super::helpers::setting::{always, require_at_least};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-050",
    name: "redshift-automated-snapshots-disabled",
    title: "Redshift cluster has automated snapshots turned off",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_343"],
    compliance: &["SOC2:A1.2", "NIST:CP-9", "NIST:CP-10", "ISO27001:A.8.13"],
    controls: &["Redshift automated snapshots not disabled"],
    resources: &["aws_redshift_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-050.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_at_least(
        cx,
        &["aws_redshift_cluster"],
        "automated_snapshot_retention_period",
        1.0,
        1.0,
        "the cluster takes no automated snapshots, so lost data can only come back from manual ones",
        always,
        Some((Safety::Safe, "7")),
    );
}
