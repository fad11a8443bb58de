//! TFG-DB-049: Redshift cluster without audit logging.

use std::collections::{HashMap, HashSet};

use super::helpers::label;
use crate::finding::Severity;
use crate::link::Target;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-049",
    name: "redshift-cluster-without-audit-logging",
    title: "Redshift cluster without audit logging",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_71", "15ffbacc-fa42-4f6f-a57d-2feac7365caa"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["Redshift cluster audit logging"],
    resources: &["aws_redshift_cluster", "aws_redshift_logging"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-049.md"),
    check,
};

const CLUSTER: &str = "aws_redshift_cluster";
const PROBLEM: &str = "connections, user changes and queries are not recorded";

fn check(cx: &mut Checker) {
    // Clusters an `aws_redshift_logging` turns logging on for, by reference or by name;
    // roots with one that names no cluster we can tell.
    let mut by_name: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, inst) in cx.resources(CLUSTER) {
        if let Some(n) = inst
            .node()
            .get("cluster_identifier")
            .and_then(Value::as_str)
        {
            by_name.insert((&inst.root, n), i);
        }
    }
    let mut logged: HashSet<usize> = HashSet::new();
    let mut unlinked: HashSet<&str> = HashSet::new();
    for (_, l) in cx.resources("aws_redshift_logging") {
        let target = l.node().get("cluster_identifier").unwrap_or(&Value::Null);
        match target {
            Value::String(n) => {
                if let Some(&c) = by_name.get(&(&*l.root, &**n)) {
                    logged.insert(c);
                }
            }
            other => match cx.links.resolve(l, other, &[CLUSTER]) {
                Target::Instance(c) => {
                    logged.insert(c);
                }
                Target::Unknown => {
                    unlinked.insert(&l.root);
                }
                Target::External => {}
            },
        }
    }
    for (i, inst) in cx.resources(CLUSTER) {
        if logged.contains(&i) {
            cx.pass(i);
            continue;
        }
        let block = inst.node().child("logging");
        let enable = block.map(|b| flag(b.get("enable")));
        match enable {
            Some(Flag::True) => cx.pass(i),
            Some(Flag::Unknown) => cx.undecided(i),
            _ if unlinked.contains(&*inst.root) => cx.undecided(i),
            Some(Flag::False) => cx.report(
                i,
                "logging[0].enable",
                format!(
                    "{} sets `logging.enable = false` and no `aws_redshift_logging` covers it: {PROBLEM}",
                    label(inst)
                ),
            ),
            Some(Flag::Unset) | None => cx.report(
                i,
                "",
                format!(
                    "{} does not set `logging` and no `aws_redshift_logging` covers it: {PROBLEM}",
                    label(inst)
                ),
            ),
        }
    }
}
