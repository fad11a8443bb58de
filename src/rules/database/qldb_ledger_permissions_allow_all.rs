//! TFG-DB-011: QLDB ledger uses the ALLOW_ALL permissions mode.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-011",
    name: "qldb-ledger-permissions-allow-all",
    title: "QLDB ledger uses the ALLOW_ALL permissions mode",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_170"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.8.3",
    ],
    controls: &["QLDB ledger permissions mode STANDARD"],
    resources: &["aws_qldb_ledger"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_qldb_ledger"],
        "permissions_mode",
        Expect::OneOf {
            allowed: &["STANDARD"],
            default: None,
        },
        "with ALLOW_ALL, anyone allowed to send commands to the ledger can read and write every table",
    );
}
