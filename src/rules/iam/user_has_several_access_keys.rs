//! TFG-IAM-019: an IAM user with more than one active access key.

use std::collections::HashMap;

use super::helpers::members::{UserRef, user_ref};
use crate::finding::Severity;
use crate::model::InstanceKey;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-019",
    name: "user-has-several-access-keys",
    title: "IAM user has more than one active access key",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "AWS-0167",
        "AVD-AWS-0167",
        "aws-iam-limit-user-access-keys",
        "3561130e-9c5f-485b-9e16-2764c82763e5",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.2",
        "NIST:IA-5",
        "NIST:AC-2",
        "CIS-AWS:1.13",
        "ISO27001:A.5.17",
    ],
    controls: &["IAM user has more than one access key"],
    resources: &["aws_iam_access_key"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    // Active keys per (root, user): its name, or the `aws_iam_user` whose name is known only
    // after apply; keys of an unknown user or status are undecided.
    let mut by_user: HashMap<(String, UserRef), Vec<usize>> = HashMap::new();
    for (i, inst) in cx.resources("aws_iam_access_key") {
        let node = inst.node();
        let active = match node.set("status") {
            Some(Value::Unknown(_)) => None,
            Some(v) => Some(
                !v.as_str()
                    .is_some_and(|s| s.eq_ignore_ascii_case("Inactive")),
            ),
            None => Some(true),
        };
        let user = node.set("user").map(|v| user_ref(cx.links, inst, v));
        match (user, active) {
            (_, Some(false)) => cx.pass(i),
            (Some(u @ (UserRef::Name(_) | UserRef::Resource(_))), Some(true))
                if !matches!(inst.key, InstanceKey::Unknown) =>
            {
                by_user
                    .entry((inst.root.to_string(), u))
                    .or_default()
                    .push(i)
            }
            _ => cx.undecided(i),
        }
    }
    let mut users: Vec<_> = by_user.into_iter().collect();
    users.sort();
    for ((_, user), keys) in users {
        let user = match user {
            UserRef::Name(name) => format!("IAM user `{name}`"),
            UserRef::Resource(address) => format!("`{address}`"),
            // Not grouped (undecided above).
            UserRef::Unknown => continue,
        };
        if keys.len() < 2 {
            keys.iter().for_each(|&k| cx.pass(k));
            continue;
        }
        cx.pass(keys[0]);
        for &k in &keys[1..] {
            cx.report(
                k,
                "user",
                format!(
                    "{user} has {} active access keys: one is enough, and each key is one more long-lived secret to rotate and to lose",
                    keys.len()
                ),
            );
        }
    }
}
