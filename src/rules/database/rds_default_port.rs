//! TFG-DB-016: RDS database listens on its engine's default port.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::rds::{Engine, cluster_engine, engine, name};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-016",
    name: "rds-default-port",
    title: "RDS database listens on its engine's default port",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &[
        "rds_using_default_port",
        "bca7cc4d-b3a4-4345-9461-eb69c68fcd26",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-7", "ISO27001:A.8.20"],
    controls: &["RDS instance uses the engine default port"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-016.md"),
    check,
};

/// The port an engine listens on when `port` is not set.
fn default_port(engine: &str) -> Option<u16> {
    Some(match engine {
        "mysql" | "mariadb" | "aurora" | "aurora-mysql" => 3306,
        "postgres" | "aurora-postgresql" => 5432,
        e if e.starts_with("oracle-") || e.starts_with("custom-oracle") => 1521,
        e if e.starts_with("sqlserver-") || e.starts_with("custom-sqlserver") => 1433,
        e if e.starts_with("db2-") => 50000,
        _ => return None,
    })
}

fn check(cx: &mut Checker) {
    for t in ["aws_db_instance", "aws_rds_cluster"] {
        for (i, inst) in cx.resources(t) {
            let e = if t == "aws_rds_cluster" {
                cluster_engine(inst)
            } else {
                engine(inst)
            };
            let port = match e {
                Engine::Known(e) => match default_port(&e) {
                    Some(p) => p,
                    None => {
                        cx.pass(i);
                        continue;
                    }
                },
                // A replica or restore without `engine` takes its source's.
                Engine::Unknown | Engine::Unset => {
                    cx.undecided(i);
                    continue;
                }
            };
            match inst.node().get("port") {
                None | Some(Value::Null) => cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `port` (default {port}): scanners looking for this \
                         engine find it on the first port they try",
                        name(inst)
                    ),
                ),
                Some(v) => match v.to_number() {
                    None => cx.undecided(i),
                    Some(n) if n == f64::from(port) => cx.report(
                        i,
                        "port",
                        format!(
                            "{} sets `port = {port}`, the engine's default: scanners looking \
                             for this engine find it on the first port they try",
                            name(inst)
                        ),
                    ),
                    Some(_) => cx.pass(i),
                },
            }
        }
    }
}
