//! TFG-DB-012: QLDB ledger has deletion protection off.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-012",
    name: "qldb-ledger-deletion-protection-disabled",
    title: "QLDB ledger has deletion protection off",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_172"],
    compliance: &[
        "SOC2:A1.2",
        "SOC2:CC8.1",
        "NIST:CP-9",
        "NIST:CM-3",
        "ISO27001:A.8.13",
    ],
    controls: &["QLDB ledger deletion protection"],
    resources: &["aws_qldb_ledger"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_qldb_ledger"],
        "deletion_protection",
        false,
        true,
        "a `terraform destroy` or a replacement deletes the ledger and its journal",
        Some(Safety::Unsafe),
    );
}
