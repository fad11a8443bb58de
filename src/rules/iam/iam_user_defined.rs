//! TFG-IAM-021: IAM users defined in the configuration instead of federated identities.

use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-021",
    name: "iam-user-defined",
    title: "IAM user defined instead of a federated identity",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["CKV_AWS_273"],
    compliance: &[
        "SOC2:CC6.2",
        "NIST:AC-2",
        "NIST:IA-2",
        "CIS-AWS:1.21",
        "ISO27001:A.5.16",
    ],
    controls: &["IAM users defined in Terraform (use SSO/federation instead)"],
    resources: &["aws_iam_user"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-021.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_iam_user") {
        cx.report(
            i,
            "",
            format!(
                "{} is an IAM user: people should sign in through an identity provider (IAM Identity Center) and workloads use roles, so no long-lived credentials exist to leak",
                label(inst)
            ),
        );
    }
}
