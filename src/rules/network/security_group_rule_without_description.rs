//! TFG-NET-009: security groups and rules without a description.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-009",
    name: "security-group-rule-without-description",
    title: "Security group or rule has no description",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "AWS-0099",
        "AVD-AWS-0099",
        "AWS-0124",
        "AVD-AWS-0124",
        "aws-ec2-add-description-to-security-group",
        "aws-ec2-add-description-to-security-group-rule",
        "CKV_AWS_23",
        "cb3f5ed6-0d18-40de-a93d-b3538db31e8c",
        "68eb4bf3-f9bf-463d-b5cf-e029bb446d2e",
    ],
    compliance: &["SOC2:CC8.1", "NIST:CM-6", "NIST:CM-8"],
    controls: &["SG / SG-rule has description"],
    resources: &[
        "aws_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-009.md"),
    check,
};

/// Terraform's default description for groups created without one.
const DEFAULT_DESCRIPTION: &str = "Managed by Terraform";

fn blank(v: Option<&Value>) -> Option<bool> {
    match v {
        None | Some(Value::Null) => Some(true),
        Some(Value::Unknown(_)) => None,
        Some(v) => Some(v.as_str().is_none_or(|s| s.trim().is_empty())),
    }
}

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
    for r in cx.links.sg_rules().iter().cloned() {
        if r.default_group {
            continue;
        }
        match blank(r.description) {
            None => cx.undecided(r.instance),
            Some(true) => {
                let what = if r.path.is_empty() {
                    "security group rule".to_string()
                } else {
                    format!("rule {}", r.path)
                };
                cx.report(r.instance, &r.path, format!("{what} has no description"));
            }
            Some(false) => cx.pass(r.instance),
        }
    }
}
