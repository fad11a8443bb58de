//! TFG-DB-054: Redshift cluster without security groups of its own.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-054",
    name: "redshift-cluster-default-security-group",
    title: "Redshift cluster without security groups of its own",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["0a494a6a-ebe2-48a0-9d77-cf9d5125e1b3"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4", "ISO27001:A.8.22"],
    controls: &["Redshift cluster has security groups of its own"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-054.md"),
    check,
};

const ARG: &str = "vpc_security_group_ids";
const PROBLEM: &str =
    "the cluster gets the VPC's default security group, shared with everything else that has none";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        match inst.node().get(ARG) {
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!("{} does not set `{ARG}`: {PROBLEM}", label(inst)),
            ),
            Some(Value::List(items) | Value::Set(items)) if items.is_empty() => cx.report(
                i,
                ARG,
                format!("{} sets `{ARG}` to an empty list: {PROBLEM}", label(inst)),
            ),
            Some(_) => cx.pass(i),
        }
    }
}
