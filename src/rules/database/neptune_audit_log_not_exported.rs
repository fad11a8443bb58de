//! TFG-DB-044: Neptune cluster does not export its audit log.

use super::helpers::exports::{Exports, exports};
use super::helpers::label;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-044",
    name: "neptune-audit-log-not-exported",
    title: "Neptune cluster does not export its audit log to CloudWatch",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0075",
        "AVD-AWS-0075",
        "aws-neptune-enable-log-export",
        "CKV_AWS_101",
        "45cff7b6-3b80-40c1-ba7b-2cf480678bb8",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["Neptune exports audit log"],
    resources: &["aws_neptune_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-044.md"),
    check,
};

const ARG: &str = "enable_cloudwatch_logs_exports";
const PROBLEM: &str = "queries and connections to the graph leave no record in CloudWatch Logs";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_neptune_cluster") {
        match exports(inst, ARG, &["audit"]) {
            Exports::Known(true) => cx.pass(i),
            Exports::Unknown => cx.undecided(i),
            Exports::None if inst.node().set(ARG).is_none() => cx.report(
                i,
                "",
                format!("{} does not set `{ARG}`: {PROBLEM}", label(inst)),
            ),
            Exports::None | Exports::Known(false) => cx.report(
                i,
                ARG,
                format!(
                    "{} does not list `audit` in `{ARG}`: {PROBLEM}",
                    label(inst)
                ),
            ),
        }
    }
}
