//! TFG-NET-009: security group rules without a description.

use super::helpers::description::blank;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-009",
    name: "security-group-rule-without-description",
    title: "Security group rule has no description",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "AWS-0124",
        "AVD-AWS-0124",
        "aws-ec2-add-description-to-security-group-rule",
        "CKV_AWS_23",
        "68eb4bf3-f9bf-463d-b5cf-e029bb446d2e",
    ],
    compliance: &["SOC2:CC8.1", "NIST:CM-6", "NIST:CM-8"],
    controls: &["SG rule has description"],
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

fn check(cx: &mut Checker) {
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
