//! TFG-NET-019: security groups without a description.

use super::helpers::description::blank;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-019",
    name: "security-group-without-description",
    title: "Security group has no description",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "AWS-0099",
        "AVD-AWS-0099",
        "aws-ec2-add-description-to-security-group",
        "CKV_AWS_23",
        "cb3f5ed6-0d18-40de-a93d-b3538db31e8c",
    ],
    compliance: &["SOC2:CC8.1", "NIST:CM-6", "NIST:CM-8"],
    controls: &["SG has description"],
    resources: &["aws_security_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-019.md"),
    check,
};

/// Terraform's default description for groups created without one.
const DEFAULT_DESCRIPTION: &str = "Managed by Terraform";

fn check(cx: &mut Checker) {
    for (g, inst) in cx.resources("aws_security_group") {
        let d = inst.node().get("description");
        match (blank(d), d.and_then(Value::as_str)) {
            (None, _) => cx.undecided(g),
            (Some(true), _) => cx.report(g, "", "security group has no description"),
            (Some(false), Some(DEFAULT_DESCRIPTION)) => cx.report(
                g,
                "description",
                format!("security group keeps the default description \"{DEFAULT_DESCRIPTION}\""),
            ),
            (Some(false), _) => cx.pass(g),
        }
    }
}
