//! TFG-IAM-015: policies attached directly to IAM users.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-015",
    name: "user-has-direct-policies",
    title: "Policy attached directly to an IAM user",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "AWS-0143",
        "AVD-AWS-0143",
        "aws-iam-no-user-attached-policies",
        "CKV_AWS_40",
        "b4378389-a9aa-44ee-91e7-ef183f11079e",
    ],
    compliance: &[
        "SOC2:CC6.2",
        "SOC2:CC6.3",
        "NIST:AC-2",
        "NIST:AC-6",
        "CIS-AWS:1.15",
        "ISO27001:A.5.18",
    ],
    controls: &["Policies attached directly to IAM users"],
    resources: &[
        "aws_iam_user_policy",
        "aws_iam_user_policy_attachment",
        "aws_iam_policy_attachment",
        "aws_iam_user_policy_attachments_exclusive",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-015.md"),
    check,
};

const PROBLEM: &str =
    "grant permissions through groups or roles, so access is reviewed and removed in one place";

fn check(cx: &mut Checker) {
    for rtype in [
        "aws_iam_user_policy",
        "aws_iam_user_policy_attachment",
        "aws_iam_user_policy_attachments_exclusive",
    ] {
        for (i, inst) in cx.resources(rtype) {
            let what = if rtype == "aws_iam_user_policy" {
                "is an inline policy of a user"
            } else {
                "attaches a policy to a user"
            };
            if inst.node().set("user").is_some() {
                cx.report(i, "user", format!("{} {what}: {PROBLEM}", label(inst)));
            } else {
                cx.pass(i);
            }
        }
    }
    for (i, inst) in cx.resources("aws_iam_policy_attachment") {
        match inst.node().set("users") {
            None => cx.pass(i),
            Some(Value::List(items) | Value::Set(items)) if items.is_empty() => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(_) => cx.report(
                i,
                "users",
                format!("{} attaches a policy to users: {PROBLEM}", label(inst)),
            ),
        }
    }
}
