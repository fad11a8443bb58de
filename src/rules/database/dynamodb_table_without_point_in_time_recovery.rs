//! TFG-DB-040: DynamoDB table or replica without point-in-time recovery.

use super::helpers::label;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
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
    resources: &["aws_dynamodb_table", "aws_dynamodb_table_replica"],
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
        let mut failed = table(cx, i, inst);
        let mut unknown = failed.is_none();
        // Each replica of a global table keeps its own recovery setting (default false).
        for (k, replica) in inst.node().children("replica").iter().enumerate() {
            match flag(replica.get("point_in_time_recovery")) {
                Flag::True => {}
                Flag::Unknown => unknown = true,
                Flag::False => {
                    failed = Some(true);
                    cx.report(
                        i,
                        &format!("replica[{k}].point_in_time_recovery"),
                        format!(
                            "{} sets `replica.point_in_time_recovery = false`{}: in that region, {PROBLEM}",
                            label(inst),
                            region(replica.get("region_name"))
                        ),
                    );
                }
                Flag::Unset => {
                    failed = Some(true);
                    cx.report(
                        i,
                        &format!("replica[{k}]"),
                        format!(
                            "{} does not set `replica.point_in_time_recovery` (default false){}: in that region, {PROBLEM}",
                            label(inst),
                            region(replica.get("region_name"))
                        ),
                    );
                }
            }
        }
        match failed {
            Some(true) => {}
            _ if unknown => cx.undecided(i),
            _ => cx.pass(i),
        }
    }
    for (i, inst) in cx.resources("aws_dynamodb_table_replica") {
        match flag(inst.node().get("point_in_time_recovery")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "point_in_time_recovery",
                format!(
                    "{} sets `point_in_time_recovery = false`: {PROBLEM}",
                    label(inst)
                ),
            ),
            Flag::Unset => cx.report(
                i,
                "",
                format!(
                    "{} does not set `point_in_time_recovery` (default false): {PROBLEM}",
                    label(inst)
                ),
            ),
        }
    }
}

/// ` for region "x"` when the replica's region is known.
fn region(v: Option<&Value>) -> String {
    v.and_then(Value::as_str)
        .map(|r| format!(" for region \"{r}\""))
        .unwrap_or_default()
}

/// Judges the table's own setting: `Some(true)` reported, `Some(false)` passed, `None`
/// unknown.
fn table(cx: &mut Checker, i: usize, inst: &Instance) -> Option<bool> {
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
        return Some(true);
    };
    match flag(block.get("enabled")) {
        Flag::True => Some(false),
        Flag::Unknown => None,
        Flag::False => {
            cx.report_fix(
                i,
                "point_in_time_recovery[0].enabled",
                format!(
                    "{} sets `point_in_time_recovery.enabled = false`: {PROBLEM}",
                    label(inst)
                ),
                fix(),
            );
            Some(true)
        }
        Flag::Unset => {
            cx.report_fix(
                i,
                "point_in_time_recovery[0]",
                format!(
                    "{} does not set `point_in_time_recovery.enabled` (default false): {PROBLEM}",
                    label(inst)
                ),
                fix(),
            );
            Some(true)
        }
    }
}
