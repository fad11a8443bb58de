//! TFG-CTR-002: an EKS cluster's public API endpoint accepts connections from any address.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-002",
    name: "eks-public-endpoint-open-to-internet",
    title: "EKS public API endpoint open to 0.0.0.0/0",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &[
        "AWS-0041",
        "AVD-AWS-0041",
        "aws-eks-no-public-cluster-access-to-cidr",
        "CKV_AWS_38",
        "61cf9883-1752-4768-b18c-0d57f2737709",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["EKS public endpoint open to 0.0.0.0/0 (public_access_cidrs)"],
    resources: &["aws_eks_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-002.md"),
    check,
};

/// Whether a CIDR admits every address (`0.0.0.0/0`, `::/0`, any `/0`).
fn everyone(cidr: &str) -> bool {
    cidr.trim().ends_with("/0")
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_eks_cluster") {
        let Some(vpc) = inst.node().child("vpc_config") else {
            cx.pass(i);
            continue;
        };
        match flag(vpc.get("endpoint_public_access")) {
            Flag::False => {
                cx.pass(i);
                continue;
            }
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::True | Flag::Unset => {}
        }
        match vpc.get("public_access_cidrs") {
            None | Some(Value::Null) => cx.report(
                i,
                "vpc_config[0]",
                format!(
                    "{} does not set `public_access_cidrs` (default [\"0.0.0.0/0\"]): the public Kubernetes API endpoint accepts connections from any address",
                    label(inst)
                ),
            ),
            Some(Value::List(items) | Value::Set(items)) => {
                let mut unknown = false;
                let mut open = None;
                for item in items.iter() {
                    match item {
                        Value::String(s) if everyone(s) => open = Some(s.clone()),
                        Value::String(_) => {}
                        _ => unknown = true,
                    }
                }
                match open {
                    Some(c) => cx.report(
                        i,
                        "vpc_config[0].public_access_cidrs",
                        format!(
                            "{} allows `{c}` in `public_access_cidrs`: the public Kubernetes API endpoint accepts connections from any address",
                            label(inst)
                        ),
                    ),
                    None if unknown => cx.undecided(i),
                    // An empty list: the provider keeps AWS's default, 0.0.0.0/0.
                    None if items.is_empty() => cx.report(
                        i,
                        "vpc_config[0].public_access_cidrs",
                        format!(
                            "{} sets `public_access_cidrs` to an empty list, which AWS reads as [\"0.0.0.0/0\"]: the public Kubernetes API endpoint accepts connections from any address",
                            label(inst)
                        ),
                    ),
                    None => cx.pass(i),
                }
            }
            Some(_) => cx.undecided(i),
        }
    }
}
