//! TFG-LOG-083: RDS instance has enhanced monitoring off.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::rds::cluster_of;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-083",
    name: "rds-enhanced-monitoring-disabled",
    title: "RDS instance has enhanced monitoring off",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_118"],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "NIST:AU-12", "ISO27001:A.8.16"],
    controls: &["RDS enhanced monitoring enabled"],
    resources: &["aws_db_instance", "aws_rds_cluster_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-083.md"),
    check,
};

const PROBLEM: &str = "the operating system metrics of the database host (processes, memory, \
                       disk I/O) are not collected";

/// `Some(true)` for an interval above 0, `Some(false)` for 0 or unset, `None` unknown.
fn monitors(v: Option<&Value>) -> Option<bool> {
    match v {
        None | Some(Value::Null) => Some(false),
        Some(v) => v.to_number().map(|n| n > 0.0),
    }
}

fn check(cx: &mut Checker) {
    for t in ["aws_db_instance", "aws_rds_cluster_instance"] {
        for (i, inst) in cx.resources(t) {
            let own = inst.node().get("monitoring_interval");
            match monitors(own) {
                None => {
                    cx.undecided(i);
                    continue;
                }
                Some(true) => {
                    cx.pass(i);
                    continue;
                }
                Some(false) => {}
            }
            // A cluster's interval applies to its members that set none.
            if t == "aws_rds_cluster_instance"
                && own.is_none_or(Value::is_null)
                && let Some(c) = cluster_of(cx, inst)
            {
                match monitors(cx.links.instance(c).node().get("monitoring_interval")) {
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
            }
            if own.is_none_or(Value::is_null) {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `monitoring_interval` (default 0): {PROBLEM}",
                        label(inst)
                    ),
                );
            } else {
                cx.report(
                    i,
                    "monitoring_interval",
                    format!("{} sets `monitoring_interval = 0`: {PROBLEM}", label(inst)),
                );
            }
        }
    }
}
