//! TFG-DB-047: Neptune cluster without IAM database authentication.

use super::helpers::setting::{always, require_bool};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-047",
    name: "neptune-cluster-without-iam-auth",
    title: "Neptune cluster without IAM database authentication",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_359", "c91d7ea0-d4d1-403b-8fe1-c9961ac082c5"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-2",
        "NIST:AC-3",
        "ISO27001:A.5.17",
        "ISO27001:A.8.5",
    ],
    controls: &["Neptune IAM database authentication"],
    resources: &["aws_neptune_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-047.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_bool(
        cx,
        &["aws_neptune_cluster"],
        "iam_database_authentication_enabled",
        true,
        false,
        "anyone who reaches the endpoint can query the graph without signed IAM credentials",
        always,
    );
}
