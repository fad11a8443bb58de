//! TFG-DB-048: Neptune cluster instance is publicly accessible.

use super::helpers::setting::{always, require_bool};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-048",
    name: "neptune-instance-publicly-accessible",
    title: "Neptune cluster instance is publicly accessible",
    severity: Severity::High,
    area: Area::Database,
    aliases: &["CKV_AWS_102", "9ba198e0-fef4-464a-8a4d-75ea55300de7"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["Neptune cluster instance publicly accessible"],
    resources: &["aws_neptune_cluster_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-048.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool(
        cx,
        &["aws_neptune_cluster_instance"],
        "publicly_accessible",
        false,
        false,
        "the instance gets a public endpoint that anyone on the internet can try",
        always,
    );
}
