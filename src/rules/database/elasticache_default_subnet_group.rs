//! TFG-DB-061: ElastiCache cluster without a subnet group of its own.

use super::helpers::cache::in_group;
use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-061",
    name: "elasticache-default-subnet-group",
    title: "ElastiCache cluster or replication group without a subnet group of its own",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_323", "8c849af7-a399-46f7-a34c-32d3dc96f1fc"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "ISO27001:A.8.22"],
    controls: &["ElastiCache cluster in a custom subnet group (VPC)"],
    resources: &[
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-061.md"),
    check,
};

const ARG: &str = "subnet_group_name";
const PROBLEM: &str = "the nodes land in the default subnet group, the default VPC's subnets, outside the network the team planned";

fn check(cx: &mut Checker) {
    for t in [
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ] {
        for (i, inst) in cx.resources(t) {
            if in_group(inst) {
                cx.pass(i);
                continue;
            }
            match inst.node().get(ARG) {
                None | Some(Value::Null) => cx.report(
                    i,
                    "",
                    format!("{} does not set `{ARG}`: {PROBLEM}", label(inst)),
                ),
                Some(Value::String(s)) if s.is_empty() || s.as_ref() == "default" => cx.report(
                    i,
                    ARG,
                    format!("{} sets `{ARG}` to \"{s}\": {PROBLEM}", label(inst)),
                ),
                Some(_) => cx.pass(i),
            }
        }
    }
}
