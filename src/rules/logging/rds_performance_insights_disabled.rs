//! TFG-LOG-084: RDS instance has Performance Insights off.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::rds::{Engine, cluster_of, engine};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-084",
    name: "rds-performance-insights-disabled",
    title: "RDS instance has Performance Insights off",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[
        "AWS-0133",
        "AVD-AWS-0133",
        "aws-rds-enable-performance-insights",
        "CKV_AWS_353",
    ],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "NIST:AU-12", "ISO27001:A.8.16"],
    controls: &["RDS Performance Insights enabled"],
    resources: &["aws_db_instance", "aws_rds_cluster_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-084.md"),
    check,
};

const PROBLEM: &str = "database load, waits and top queries are not recorded, so unusual \
                       activity and abusive queries go unseen";

/// Instance classes on which RDS for MySQL and MariaDB offer no Performance Insights.
const SMALL_CLASSES: &[&str] = &[
    "db.t2.micro",
    "db.t2.small",
    "db.t3.micro",
    "db.t3.small",
    "db.t4g.micro",
    "db.t4g.small",
];

/// Whether Performance Insights exists for the instance (`None`: unknown).
fn available(inst: &crate::model::Instance) -> Option<bool> {
    // Aurora members (the only users of `aws_rds_cluster_instance`) all have it; their
    // `engine` is often the cluster's, read through a reference.
    if inst.rtype == "aws_rds_cluster_instance" {
        return Some(true);
    }
    let e = match engine(inst) {
        Engine::Known(e) => e,
        Engine::Unknown => return None,
        Engine::Unset => return Some(true),
    };
    if e.starts_with("db2-") {
        return Some(false);
    }
    if e == "mysql" || e == "mariadb" {
        return match inst.node().get("instance_class") {
            Some(Value::String(c)) => Some(!SMALL_CLASSES.contains(&c.as_ref())),
            None | Some(Value::Null) => Some(true),
            Some(_) => None,
        };
    }
    Some(true)
}

fn check(cx: &mut Checker) {
    let arg = "performance_insights_enabled";
    for t in ["aws_db_instance", "aws_rds_cluster_instance"] {
        for (i, inst) in cx.resources(t) {
            match available(inst) {
                Some(false) => {
                    cx.pass(i);
                    continue;
                }
                None => {
                    cx.undecided(i);
                    continue;
                }
                Some(true) => {}
            }
            let own = flag(inst.node().get(arg));
            match own {
                Flag::True => {
                    cx.pass(i);
                    continue;
                }
                Flag::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                Flag::False | Flag::Unset => {}
            }
            // A cluster's setting applies to its members that set none.
            if own == Flag::Unset
                && t == "aws_rds_cluster_instance"
                && let Some(c) = cluster_of(cx, inst)
            {
                match flag(cx.links.instance(c).node().get(arg)) {
                    Flag::True => {
                        cx.pass(i);
                        continue;
                    }
                    Flag::Unknown => {
                        cx.undecided(i);
                        continue;
                    }
                    Flag::False | Flag::Unset => {}
                }
            }
            if own == Flag::Unset {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `{arg}` (default false): {PROBLEM}",
                        label(inst)
                    ),
                );
            } else {
                cx.report(
                    i,
                    arg,
                    format!("{} sets `{arg} = false`: {PROBLEM}", label(inst)),
                );
            }
        }
    }
}
