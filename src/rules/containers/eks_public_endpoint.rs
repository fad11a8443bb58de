//! TFG-CTR-001: an EKS cluster's Kubernetes API endpoint is reachable from the internet.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-001",
    name: "eks-public-endpoint",
    title: "EKS cluster public API endpoint enabled",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &[
        "AWS-0040",
        "AVD-AWS-0040",
        "aws-eks-no-public-cluster-access",
        "CKV_AWS_39",
        "42f4b905-3736-4213-bfe9-c0660518cda8",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["EKS cluster public API endpoint enabled"],
    resources: &["aws_eks_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_eks_cluster") {
        let Some(vpc) = inst.node().child("vpc_config") else {
            // `vpc_config` is required; without it the provider rejects the cluster.
            cx.pass(i);
            continue;
        };
        match flag(vpc.get("endpoint_public_access")) {
            Flag::False => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::True => cx.report(
                i,
                "vpc_config[0].endpoint_public_access",
                format!(
                    "{} sets `endpoint_public_access = true`: the Kubernetes API server is reachable from the internet",
                    label(inst)
                ),
            ),
            Flag::Unset => cx.report(
                i,
                "vpc_config[0]",
                format!(
                    "{} does not set `endpoint_public_access` (default true): the Kubernetes API server is reachable from the internet",
                    label(inst)
                ),
            ),
        }
    }
}
