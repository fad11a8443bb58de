//! TFG-DB-095: a DocumentDB cluster does not export both its audit and its profiler log.

use super::helpers::exports::{Exports, exports};
use super::helpers::label;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-095",
    name: "docdb-audit-and-profiler-not-exported",
    title: "DocumentDB cluster does not export both its audit and its profiler log",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &[
        "docdb_logging_disabled",
        "56f6a008-1b14-4af4-b9b2-ab7cf7e27641",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:A1.1",
        "NIST:AU-2",
        "NIST:AU-12",
        "NIST:SI-4",
        "ISO27001:A.8.15",
        "ISO27001:A.8.6",
    ],
    controls: &["DocumentDB exports both audit and profiler logs to CloudWatch"],
    resources: &["aws_docdb_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-095.md"),
    check,
};

const ARG: &str = "enabled_cloudwatch_logs_exports";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_docdb_cluster") {
        let mut missing = Vec::new();
        let mut unknown = false;
        for log in ["audit", "profiler"] {
            match exports(inst, ARG, &[log]) {
                Exports::Known(true) => {}
                Exports::Unknown => unknown = true,
                Exports::None | Exports::Known(false) => missing.push(log),
            }
        }
        if missing.is_empty() {
            if unknown {
                cx.undecided(i);
            } else {
                cx.pass(i);
            }
            continue;
        }
        let (path, what) = if inst.node().set(ARG).is_none() {
            ("", format!("does not set `{ARG}`"))
        } else {
            let names: Vec<String> = missing.iter().map(|l| format!("`{l}`")).collect();
            (
                ARG,
                format!("does not export {} in `{ARG}`", names.join(" or ")),
            )
        };
        let why = match missing.as_slice() {
            ["audit"] => {
                "authentication and data-definition events leave no record in CloudWatch Logs"
            }
            ["profiler"] => "slow and abusive operations leave no record in CloudWatch Logs",
            _ => "neither access events nor slow operations leave a record in CloudWatch Logs",
        };
        cx.report(i, path, format!("{} {what}: {why}", label(inst)));
    }
}
