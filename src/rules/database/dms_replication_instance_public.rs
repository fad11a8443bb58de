//! TFG-DB-009: DMS replication instance is publicly accessible.

use crate::finding::Severity;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-009",
    name: "dms-replication-instance-public",
    title: "DMS replication instance is publicly accessible",
    severity: Severity::High,
    area: Area::Database,
    aliases: &[
        "CKV_AWS_89",
        "amazon_dms_replication_instance_is_publicly_accessible",
        "030d3b18-1821-45b4-9e08-50efbe7becbb",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-3",
        "ISO27001:A.8.20",
    ],
    controls: &["DMS replication instance publicly accessible"],
    resources: &["aws_dms_replication_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_dms_replication_instance"],
        "publicly_accessible",
        true,
        false,
        "the instance that reads and writes both databases gets a public address",
        None,
    );
}
