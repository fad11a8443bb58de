//! TFG-IAM-022: an IAM group none of whose policies requires MFA.

use crate::finding::Severity;
use crate::link::policy::Policy;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-022",
    name: "group-without-mfa-policy",
    title: "IAM group has no policy that requires MFA",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["AWS-0123", "AVD-AWS-0123", "aws-iam-enforce-group-mfa"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-2(1)",
        "NIST:IA-2(2)",
        "CIS-AWS:1.10",
        "ISO27001:A.8.5",
    ],
    controls: &["Group policy enforces MFA (aws:MultiFactorAuthPresent condition)"],
    resources: &["aws_iam_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-022.md"),
    check,
};

/// What one policy says about MFA.
enum Mfa {
    Required,
    Absent,
    Unknown,
}

fn mfa_of(policy: &Policy) -> Mfa {
    match policy {
        Policy::Statements(s) => {
            if s.iter()
                .any(|s| s.has_condition_key("aws:MultiFactorAuthPresent"))
            {
                Mfa::Required
            } else if s.iter().any(|s| s.condition_unknown) {
                Mfa::Unknown
            } else {
                Mfa::Absent
            }
        }
        Policy::Invalid(_) => Mfa::Absent,
        Policy::Unknown => Mfa::Unknown,
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let iam = links.iam();
    for (g, group) in cx.resources("aws_iam_group") {
        let Some(name) = group.node().get("name").and_then(Value::as_str) else {
            cx.undecided(g);
            continue;
        };
        // The group's policies: inline ones and attached customer policies, matched by the
        // group's name (a reference to the group evaluates to it).
        let mut verdicts = Vec::new();
        let names_group = |v: Option<&Value>| match v {
            Some(Value::String(s)) => Some(&**s == name),
            Some(Value::List(items) | Value::Set(items)) => {
                if items.iter().any(|i| i.as_str() == Some(name)) {
                    Some(true)
                } else if items.iter().any(Value::is_unknown) {
                    None
                } else {
                    Some(false)
                }
            }
            Some(Value::Unknown(_)) => None,
            _ => Some(false),
        };
        let mut unknown_member = false;
        for at in &iam.identity {
            let inst = links.instance(at.instance);
            if inst.rtype == "aws_iam_group_policy" && inst.root == group.root {
                match names_group(inst.node().get("group")) {
                    Some(true) => verdicts.push(mfa_of(&at.policy)),
                    Some(false) => {}
                    None => unknown_member = true,
                }
            }
        }
        for rtype in [
            "aws_iam_group_policy_attachment",
            "aws_iam_policy_attachment",
        ] {
            let arg = if rtype == "aws_iam_policy_attachment" {
                "groups"
            } else {
                "group"
            };
            for &a in links.in_root(&group.root, rtype) {
                let att = links.instance(a);
                match names_group(att.node().get(arg)) {
                    Some(true) => {}
                    Some(false) => continue,
                    None => {
                        unknown_member = true;
                        continue;
                    }
                }
                verdicts.push(match att.node().get("policy_arn") {
                    // A customer policy of this configuration: read it.
                    Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
                        match links
                            .by_address(att, resource)
                            .and_then(|p| iam.identity.iter().find(|at| at.instance == p))
                        {
                            Some(at) => mfa_of(&at.policy),
                            None => Mfa::Unknown,
                        }
                    }
                    // AWS managed policies do not require MFA.
                    Some(Value::String(arn)) if arn.contains(":iam::aws:policy/") => Mfa::Absent,
                    _ => Mfa::Unknown,
                });
            }
        }
        if verdicts.iter().any(|v| matches!(v, Mfa::Required)) {
            cx.pass(g);
        } else if unknown_member || verdicts.iter().any(|v| matches!(v, Mfa::Unknown)) {
            cx.undecided(g);
        } else {
            cx.report(
                g,
                "",
                format!(
                    "{} has no policy with an `aws:MultiFactorAuthPresent` condition: its members can use their permissions without MFA",
                    label(group)
                ),
            );
        }
    }
}
