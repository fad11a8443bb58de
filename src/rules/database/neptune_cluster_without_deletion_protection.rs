//! TFG-DB-046: Neptune cluster without deletion protection.

use super::helpers::setting::{always, require_bool};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-046",
    name: "neptune-cluster-without-deletion-protection",
    title: "Neptune cluster without deletion protection",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV2_AWS_58"],
    compliance: &[
        "SOC2:A1.2",
        "SOC2:CC8.1",
        "NIST:CP-9",
        "NIST:SI-12",
        "ISO27001:A.8.13",
    ],
    controls: &["Neptune cluster deletion protection"],
    resources: &["aws_neptune_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-046.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool(
        cx,
        &["aws_neptune_cluster"],
        "deletion_protection",
        true,
        false,
        "one mistaken `terraform destroy` or API call deletes the graph database",
        always,
    );
}
