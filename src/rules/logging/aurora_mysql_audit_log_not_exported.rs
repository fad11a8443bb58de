//! TFG-LOG-081: Aurora MySQL cluster does not export its audit log.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::rds::{Engine, cluster_engine, is_aurora_mysql, name, serverless_v1};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-081",
    name: "aurora-mysql-audit-log-not-exported",
    title: "Aurora MySQL cluster does not export its audit log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_325"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC6.1",
        "NIST:AU-2",
        "NIST:AU-12",
        "ISO27001:A.8.15",
    ],
    controls: &["Aurora MySQL cluster exports audit log"],
    resources: &["aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-081.md"),
    check,
};

const PROBLEM: &str = "logins, privilege changes and queries on the database leave no record \
                       outside the cluster";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_rds_cluster") {
        match cluster_engine(inst) {
            Engine::Known(e) if is_aurora_mysql(&e) => {}
            Engine::Known(_) => {
                cx.pass(i);
                continue;
            }
            Engine::Unknown | Engine::Unset => {
                cx.undecided(i);
                continue;
            }
        }
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
        let arg = "enabled_cloudwatch_logs_exports";
        match inst.node().get(arg) {
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!("{} does not set `{arg}`: {PROBLEM}", name(inst)),
            ),
            Some(Value::List(items) | Value::Set(items)) => {
                if items.iter().any(|v| v.as_str() == Some("audit")) {
                    cx.pass(i);
                } else if items.iter().any(Value::is_unknown) {
                    cx.undecided(i);
                } else {
                    cx.report(
                        i,
                        arg,
                        format!(
                            "{} does not list \"audit\" in `{arg}`: {PROBLEM}",
                            name(inst)
                        ),
                    );
                }
            }
            Some(_) => cx.undecided(i),
        }
    }
}
