//! TFG-IAM-034: a Glacier vault access policy that lets anyone in.

use super::helpers::{judge_list, public, resource_policies};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-034",
    name: "glacier-vault-policy-public",
    title: "Glacier vault access policy allows any principal",
    severity: Severity::Critical,
    area: Area::Iam,
    aliases: &["CKV_AWS_167"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &["Glacier vault access policy is public"],
    resources: &["aws_glacier_vault"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-034.md"),
    check,
};

fn check(cx: &mut Checker) {
    let policies = resource_policies(cx.links, &[("aws_glacier_vault", "access_policy")]);
    judge_list(cx, &policies, |_, s| public(s, "the vault"));
}
