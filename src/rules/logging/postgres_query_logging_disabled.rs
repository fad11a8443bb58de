//! TFG-LOG-082: RDS or Aurora PostgreSQL does not log statements and slow queries.

use rustc_hash::FxHashMap as HashMap;

use crate::finding::Severity;
use crate::link::Target;
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::common::rds::{Engine, cluster_engine, engine, name};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-082",
    name: "postgres-query-logging-disabled",
    title: "RDS or Aurora PostgreSQL does not log statements and slow queries",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV2_AWS_27", "CKV2_AWS_30"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &[
        "PostgreSQL query logging parameters set (log_statement, log_min_duration_statement)",
    ],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-082.md"),
    check,
};

/// The two parameters and the value of each that logs nothing.
const PARAMETERS: [(&str, &str); 2] = [
    ("log_statement", "none"),
    ("log_min_duration_statement", "-1"),
];

/// What a parameter group says about query logging.
enum Logging {
    On,
    /// The parameters missing or set to log nothing.
    Off(Vec<String>),
    Unknown,
}

fn judge(group: &Instance) -> Logging {
    let params = group.node().children("parameter");
    let mut missing = Vec::new();
    let mut unknown = false;
    for (param, off) in PARAMETERS {
        let mut found = None;
        for p in &params {
            match p.get("name") {
                Some(Value::String(n)) if n.eq_ignore_ascii_case(param) => {
                    found = p.get("value");
                }
                Some(Value::Unknown(_)) => unknown = true,
                _ => {}
            }
        }
        match found.and_then(|v| v.to_str()) {
            Some(v) if v.trim().eq_ignore_ascii_case(off) => {
                missing.push(format!("`{param} = {v}`"));
            }
            Some(_) => {}
            None if found.is_some_and(|v| !v.is_null()) => unknown = true,
            None => missing.push(format!("no `{param}`")),
        }
    }
    if missing.is_empty() {
        Logging::On
    } else if unknown
        || params
            .iter()
            .any(|p| matches!(p, crate::model::access::Node::Value(Value::Unknown(_))))
    {
        Logging::Unknown
    } else {
        Logging::Off(missing)
    }
}

fn check(cx: &mut Checker) {
    for (t, group_type, arg) in [
        (
            "aws_db_instance",
            "aws_db_parameter_group",
            "parameter_group_name",
        ),
        (
            "aws_rds_cluster",
            "aws_rds_cluster_parameter_group",
            "db_cluster_parameter_group_name",
        ),
    ] {
        let instances = cx.resources(t);
        if instances.is_empty() {
            continue;
        }
        // Parameter groups by root and name, built once (`None`: two groups of one name, a
        // configuration AWS refuses, so neither is the one meant).
        let mut by_name: HashMap<(&str, &str), Option<usize>> = HashMap::default();
        for (g, group) in cx.resources(group_type) {
            if let Some(n) = group.node().get("name").and_then(Value::as_str) {
                by_name
                    .entry((&group.root, n))
                    .and_modify(|e| *e = None)
                    .or_insert(Some(g));
            }
        }
        for (i, inst) in instances {
            let e = if t == "aws_rds_cluster" {
                cluster_engine(inst)
            } else {
                engine(inst)
            };
            match e {
                Engine::Known(e) if e == "postgres" || e == "aurora-postgresql" => {}
                Engine::Known(_) => {
                    cx.pass(i);
                    continue;
                }
                // An instance without `engine` replicates or restores another database.
                Engine::Unknown | Engine::Unset => {
                    cx.undecided(i);
                    continue;
                }
            }
            let group = match inst.node().get(arg) {
                None | Some(Value::Null) => None,
                Some(Value::String(n)) if n.starts_with("default.") => None,
                Some(Value::String(n)) => match by_name.get(&(&*inst.root, n.as_ref())) {
                    Some(&Some(g)) => Some(g),
                    // A group managed elsewhere, or two of that name.
                    Some(None) | None => {
                        cx.undecided(i);
                        continue;
                    }
                },
                Some(v) => match cx.links.resolve(inst, v, &[group_type]) {
                    Target::Instance(g) => Some(g),
                    Target::Unknown | Target::External => {
                        cx.undecided(i);
                        continue;
                    }
                },
            };
            let Some(g) = group else {
                let at = if inst.node().set(arg).is_some() {
                    arg
                } else {
                    ""
                };
                cx.report(
                    i,
                    at,
                    format!(
                        "{} uses the default parameter group, which sets neither `log_statement` \
                         nor `log_min_duration_statement`: statements and slow queries are not \
                         logged",
                        name(inst)
                    ),
                );
                continue;
            };
            match judge(cx.links.instance(g)) {
                Logging::On => cx.pass(i),
                Logging::Unknown => cx.undecided(i),
                Logging::Off(missing) => cx.report(
                    i,
                    arg,
                    format!(
                        "{}'s parameter group {} has {}: statements and slow queries are not \
                         logged",
                        name(inst),
                        crate::rules::common::simple::label(cx.links.instance(g)),
                        missing.join(" and ")
                    ),
                ),
            }
        }
    }
}
