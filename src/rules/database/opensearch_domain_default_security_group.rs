//! TFG-DB-069: OpenSearch domain in a VPC without security groups of its own.

use super::helpers::label;
use super::helpers::search::DOMAINS;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-069",
    name: "opensearch-domain-default-security-group",
    title: "OpenSearch domain in a VPC without security groups of its own",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["CKV_AWS_248"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4", "ISO27001:A.8.22"],
    controls: &["OpenSearch/Elasticsearch domain sets its own security groups"],
    resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-069.md"),
    check,
};

const ARG: &str = "security_group_ids";
const PROBLEM: &str =
    "the domain gets the VPC's default security group, shared with everything else that has none";

fn check(cx: &mut Checker) {
    for &t in DOMAINS {
        for (i, inst) in cx.resources(t) {
            // A domain outside a VPC has no security groups: TFG-DB-068's concern.
            let Some(vpc) = inst.node().child("vpc_options") else {
                cx.pass(i);
                continue;
            };
            match vpc.get(ARG) {
                None | Some(Value::Null) => cx.report(
                    i,
                    "vpc_options[0]",
                    format!(
                        "{} does not set `vpc_options.{ARG}`: {PROBLEM}",
                        label(inst)
                    ),
                ),
                Some(Value::List(items) | Value::Set(items)) if items.is_empty() => cx.report(
                    i,
                    &format!("vpc_options[0].{ARG}"),
                    format!(
                        "{} sets `vpc_options.{ARG}` to an empty list: {PROBLEM}",
                        label(inst)
                    ),
                ),
                Some(_) => cx.pass(i),
            }
        }
    }
}
