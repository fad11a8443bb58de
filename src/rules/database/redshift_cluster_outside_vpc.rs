//! TFG-DB-053: Redshift cluster without a subnet group.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-053",
    name: "redshift-cluster-outside-vpc",
    title: "Redshift cluster without a subnet group of its own",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0127",
        "AVD-AWS-0127",
        "aws-redshift-use-vpc",
        "CKV_AWS_154",
        "0a494a6a-ebe2-48a0-9d77-cf9d5125e1b3",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "ISO27001:A.8.22"],
    controls: &["Redshift cluster deployed in a VPC (subnet group)"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-053.md"),
    check,
};

const ARG: &str = "cluster_subnet_group_name";
const PROBLEM: &str = "the cluster lands in EC2-Classic (older accounts) or the default VPC, outside the network the team controls";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        match inst.node().get(ARG) {
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!("{} does not set `{ARG}`: {PROBLEM}", label(inst)),
            ),
            Some(Value::String(s)) if s.is_empty() => cx.report(
                i,
                ARG,
                format!("{} sets `{ARG}` to an empty string: {PROBLEM}", label(inst)),
            ),
            Some(_) => cx.pass(i),
        }
    }
}
