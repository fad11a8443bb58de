//! TFG-LOG-080: RDS instance or cluster exports no logs to CloudWatch.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::rds::{name, serverless_v1};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-080",
    name: "rds-logs-not-exported",
    title: "RDS instance or cluster exports no logs to CloudWatch",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[
        "CKV_AWS_129",
        "CKV_AWS_324",
        "rds_without_logging",
        "8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:AU-2",
        "NIST:AU-6",
        "NIST:AU-12",
        "ISO27001:A.8.15",
    ],
    controls: &["RDS instance/cluster exports logs to CloudWatch"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-080.md"),
    check,
};

const PROBLEM: &str = "its error, audit and query logs stay on the database host, where they \
                       rotate away and no alarm or investigation can reach them";

fn check(cx: &mut Checker) {
    for t in ["aws_db_instance", "aws_rds_cluster"] {
        for (i, inst) in cx.resources(t) {
            // Aurora Serverless v1 publishes its logs as its parameter group says.
            match serverless_v1(inst) {
                Some(true) => {
                    cx.pass(i);
                    continue;
                }
                None => {
                    cx.undecided(i);
                    continue;
                }
                Some(false) => {}
            }
            match inst.node().get("enabled_cloudwatch_logs_exports") {
                None | Some(Value::Null) => cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `enabled_cloudwatch_logs_exports`: {PROBLEM}",
                        name(inst)
                    ),
                ),
                Some(Value::List(items) | Value::Set(items)) if items.is_empty() => cx.report(
                    i,
                    "enabled_cloudwatch_logs_exports",
                    format!(
                        "{} sets `enabled_cloudwatch_logs_exports` to an empty list: {PROBLEM}",
                        name(inst)
                    ),
                ),
                Some(Value::List(_) | Value::Set(_)) => cx.pass(i),
                Some(_) => cx.undecided(i),
            }
        }
    }
}
