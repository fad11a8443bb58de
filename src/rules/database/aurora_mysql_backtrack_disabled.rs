//! TFG-DB-008: Aurora MySQL cluster has backtracking off.

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::rules::common::rds::{Engine, cluster_engine, is_aurora_mysql, name};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-008",
    name: "aurora-mysql-backtrack-disabled",
    title: "Aurora MySQL cluster has backtracking off",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_326"],
    compliance: &["SOC2:A1.2", "SOC2:A1.3", "NIST:CP-10", "ISO27001:A.8.13"],
    controls: &["Aurora MySQL backtracking enabled"],
    resources: &["aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_rds_cluster") {
        let node = inst.node();
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
        // Aurora Serverless v1 and global databases have no backtracking.
        match node.get("engine_mode") {
            Some(Value::String(m)) if m.as_ref() != "provisioned" => {
                cx.pass(i);
                continue;
            }
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => {}
        }
        match node.get("global_cluster_identifier") {
            Some(Value::String(_) | Value::Unknown(Unknown::Attribute { .. })) => {
                cx.pass(i);
                continue;
            }
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => {}
        }
        match node.get("backtrack_window") {
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!(
                    "{} does not set `backtrack_window` (default 0): a bad statement can only \
                     be undone by restoring a backup into a new cluster",
                    name(inst)
                ),
            ),
            Some(v) => match v.to_number() {
                None => cx.undecided(i),
                Some(n) if n > 0.0 => cx.pass(i),
                Some(_) => cx.report(
                    i,
                    "backtrack_window",
                    format!(
                        "{} sets `backtrack_window = 0`: a bad statement can only be undone by \
                         restoring a backup into a new cluster",
                        name(inst)
                    ),
                ),
            },
        }
    }
}
