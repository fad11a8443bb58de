//! TFG-DB-042: DocumentDB parameter group does not turn on audit logs.

use std::collections::HashMap;

use super::helpers::label;
use crate::finding::Severity;
use crate::link::Target;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-042",
    name: "docdb-audit-logs-disabled",
    title: "DocumentDB cluster parameter group does not enable audit logs",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_104"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["DocumentDB audit_logs parameter enabled"],
    resources: &["aws_docdb_cluster_parameter_group", "aws_docdb_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-042.md"),
    check,
};

const GROUP: &str = "aws_docdb_cluster_parameter_group";
const PROBLEM: &str =
    "DocumentDB records no authentication, authorization or DDL events for the audit log";

/// Values of `audit_logs` (a comma-separated list) that record authentication and DDL
/// events: `enabled` (the old name of `ddl`), `ddl` and `all`. `dml_read` and `dml_write`
/// alone record data access but no logins; `disabled` and `none` record nothing.
const ENABLING: &[&str] = &["enabled", "ddl", "all"];

enum Audit {
    On,
    Off(String),
    Unknown,
}

fn judge(value: Option<&Value>) -> Audit {
    match value {
        Some(Value::String(s)) => {
            if s.split(',')
                .any(|t| ENABLING.contains(&t.trim().to_ascii_lowercase().as_str()))
            {
                Audit::On
            } else {
                Audit::Off(s.to_string())
            }
        }
        None | Some(Value::Null) => Audit::Off(String::new()),
        Some(_) => Audit::Unknown,
    }
}

fn check(cx: &mut Checker) {
    let mut by_name: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, inst) in cx.resources(GROUP) {
        if let Some(name) = inst.node().get("name").and_then(Value::as_str) {
            by_name.insert((&inst.root, name), i);
        }
        let params = inst.node().children("parameter");
        let mut verdict = None;
        let mut unknown = false;
        for (k, p) in params.iter().enumerate() {
            match p.get("name") {
                Some(Value::String(n)) if n.as_ref() == "audit_logs" => {
                    verdict = Some((k, judge(p.get("value"))));
                }
                Some(Value::String(_)) => {}
                _ => unknown = true,
            }
        }
        match verdict {
            Some((_, Audit::On)) => cx.pass(i),
            Some((_, Audit::Unknown)) => cx.undecided(i),
            Some((k, Audit::Off(v))) => cx.report(
                i,
                &format!("parameter[{k}].value"),
                format!(
                    "{} sets the `audit_logs` parameter to \"{v}\": {PROBLEM}",
                    label(inst)
                ),
            ),
            None if unknown => cx.undecided(i),
            None => cx.report(
                i,
                "",
                format!(
                    "{} does not set the `audit_logs` parameter (default \"disabled\"): {PROBLEM}",
                    label(inst)
                ),
            ),
        }
    }
    // A cluster on the default parameter group has audit logs off; one on a group of this
    // configuration is judged through the group above.
    for (i, inst) in cx.resources("aws_docdb_cluster") {
        let arg = "db_cluster_parameter_group_name";
        let value = match inst.node().get(arg) {
            None | Some(Value::Null) => {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `{arg}` (the default group, `audit_logs` \"disabled\"): {PROBLEM}",
                        label(inst)
                    ),
                );
                continue;
            }
            Some(v) => v,
        };
        if let Value::String(name) = value {
            if name.starts_with("default.") {
                cx.report(
                    i,
                    arg,
                    format!(
                        "{} sets `{arg}` to the default group \"{name}\" (`audit_logs` \"disabled\"): {PROBLEM}",
                        label(inst)
                    ),
                );
            } else if by_name.contains_key(&(&*inst.root, &**name)) {
                cx.pass(i);
            } else {
                cx.undecided(i);
            }
            continue;
        }
        match cx.links.resolve(inst, value, &[GROUP]) {
            Target::Instance(_) => cx.pass(i),
            Target::Unknown | Target::External => cx.undecided(i),
        }
    }
}
