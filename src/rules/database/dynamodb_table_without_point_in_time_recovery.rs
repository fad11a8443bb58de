//! TFG-DB-040: DynamoDB table without point-in-time recovery.

use super::helpers::label;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-040",
    name: "dynamodb-table-without-point-in-time-recovery",
    title: "DynamoDB table without point-in-time recovery",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0024",
        "AVD-AWS-0024",
        "aws-dynamodb-enable-recovery",
        "CKV_AWS_28",
        "741f1291-47ac-4a85-a07b-3d32a9d6bd3e",
    ],
    compliance: &[
        "SOC2:A1.2",
        "SOC2:CC7.5",
        "NIST:CP-9",
        "NIST:CP-10",
        "ISO27001:A.8.13",
    ],
    controls: &["DynamoDB table point-in-time recovery"],
    resources: &["aws_dynamodb_table"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-040.md"),
    check,
};

const PROBLEM: &str =
    "a deleted or overwritten item can only be recovered from on-demand backups, if any";

/// Turning recovery on is an in-place update; it costs storage and takes nothing away.
fn fix() -> Remedy {
    Remedy::set(Safety::Safe, "point_in_time_recovery[0].enabled", "true")
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_dynamodb_table") {
        let blocks = inst.node().children("point_in_time_recovery");
        let Some(block) = blocks.first() else {
            cx.report_fix(
                i,
                "",
                format!(
                    "{} does not set `point_in_time_recovery` (default disabled): {PROBLEM}",
                    label(inst)
                ),
                fix(),
            );
            continue;
        };
        match flag(block.get("enabled")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "point_in_time_recovery[0].enabled",
                format!(
                    "{} sets `point_in_time_recovery.enabled = false`: {PROBLEM}",
                    label(inst)
                ),
                fix(),
            ),
            Flag::Unset => cx.report_fix(
                i,
                "point_in_time_recovery[0]",
                format!(
                    "{} does not set `point_in_time_recovery.enabled` (default false): {PROBLEM}",
                    label(inst)
                ),
                fix(),
            ),
        }
    }
}
