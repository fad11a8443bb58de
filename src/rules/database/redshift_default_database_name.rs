//! TFG-DB-056: Redshift cluster uses the default database name.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-056",
    name: "redshift-default-database-name",
    title: "Redshift cluster uses the default database name",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_320"],
    compliance: &["SOC2:CC7.1", "NIST:CM-6", "NIST:CM-7", "ISO27001:A.8.9"],
    controls: &["Redshift cluster uses the default database name"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-056.md"),
    check,
};

const ARG: &str = "database_name";
const PROBLEM: &str = "the well-known name is the first one an attacker with the endpoint tries";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        match inst.node().get(ARG) {
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!(
                    "{} does not set `{ARG}` (default \"dev\"): {PROBLEM}",
                    label(inst)
                ),
            ),
            Some(Value::String(s)) if s.eq_ignore_ascii_case("dev") => cx.report(
                i,
                ARG,
                format!(
                    "{} sets `{ARG}` to the default \"{s}\": {PROBLEM}",
                    label(inst)
                ),
            ),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(_) => cx.pass(i),
        }
    }
}
