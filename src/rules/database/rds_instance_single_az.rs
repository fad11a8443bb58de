//! TFG-DB-005: RDS instance runs in a single Availability Zone.

use crate::finding::Severity;
use crate::rules::common::rds::{Engine, engine};
use crate::rules::common::simple::check_bool_unless;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-005",
    name: "rds-instance-single-az",
    title: "RDS instance runs in a single Availability Zone",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_157"],
    compliance: &["SOC2:A1.2", "NIST:CP-10", "NIST:SC-36", "ISO27001:A.8.14"],
    controls: &["RDS instance Multi-AZ"],
    resources: &["aws_db_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool_unless(
        cx,
        &["aws_db_instance"],
        "multi_az",
        false,
        false,
        "an Availability Zone outage or a host failure takes the database down until it is restored",
        None,
        |inst| match engine(inst) {
            // SQL Server Express has no Multi-AZ deployment.
            Engine::Known(e) => Some(e == "sqlserver-ex"),
            Engine::Unknown => None,
            Engine::Unset => Some(false),
        },
    );
}
