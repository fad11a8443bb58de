//! TFG-DB-055: Redshift cluster without enhanced VPC routing.

use super::helpers::setting::{always, require_bool};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-055",
    name: "redshift-cluster-without-enhanced-vpc-routing",
    title: "Redshift cluster without enhanced VPC routing",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_321"],
    compliance: &["SOC2:CC6.6", "NIST:AC-4", "NIST:SC-7", "ISO27001:A.8.22"],
    controls: &["Redshift enhanced VPC routing"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-055.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool(
        cx,
        &["aws_redshift_cluster"],
        "enhanced_vpc_routing",
        true,
        false,
        "COPY and UNLOAD traffic bypasses the VPC, its endpoints, flow logs and network controls",
        always,
    );
}
