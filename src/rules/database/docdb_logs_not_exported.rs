//! TFG-DB-041: DocumentDB cluster exports neither audit nor profiler logs.

use super::helpers::exports::{Exports, exports};
use super::helpers::label;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-041",
    name: "docdb-logs-not-exported",
    title: "DocumentDB cluster exports neither audit nor profiler logs to CloudWatch",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0020",
        "AVD-AWS-0020",
        "aws-documentdb-enable-log-export",
        "CKV_AWS_85",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["DocumentDB exports logs to CloudWatch (audit/profiler)"],
    resources: &["aws_docdb_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-041.md"),
    check,
};

const ARG: &str = "enabled_cloudwatch_logs_exports";
const PROBLEM: &str =
    "connections, authentication and operations leave no record in CloudWatch Logs";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_docdb_cluster") {
        match exports(inst, ARG, &["audit", "profiler"]) {
            Exports::Known(true) => cx.pass(i),
            Exports::Unknown => cx.undecided(i),
            Exports::None if inst.node().set(ARG).is_some() => cx.report(
                i,
                ARG,
                format!("{} sets `{ARG}` to an empty list: {PROBLEM}", label(inst)),
            ),
            Exports::None => cx.report(
                i,
                "",
                format!("{} does not set `{ARG}`: {PROBLEM}", label(inst)),
            ),
            Exports::Known(false) => cx.report(
                i,
                ARG,
                format!(
                    "{} exports neither `audit` nor `profiler` logs: {PROBLEM}",
                    label(inst)
                ),
            ),
        }
    }
}
