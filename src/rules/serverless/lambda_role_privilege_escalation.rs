//! TFG-SLS-026: Lambda function whose execution role can escalate its privileges.

use rustc_hash::FxHashMap as HashMap;

use crate::finding::Severity;
use crate::link::Target;
use crate::link::policy::{Effect, Policy, Statement};
use crate::rules::serverless::helpers::index::Pointers;
use crate::rules::serverless::helpers::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-026",
    name: "lambda-role-privilege-escalation",
    title: "Lambda function runs with a role that can escalate its privileges",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &["1b3af2f9-af8c-4dfc-a0f1-a03adb70deb2"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-6(10)",
        "ISO27001:A.8.2",
    ],
    controls: &["Lambda execution role grants privilege-escalation actions"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-026.md"),
    check,
};

/// Actions that let a holder give itself or others more permissions, whatever resource
/// they name (the IAM escalation catalogue KICS and cloudsplaining use).
const ESCALATION: &[&str] = &[
    "iam:CreatePolicyVersion",
    "iam:SetDefaultPolicyVersion",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:UpdateLoginProfile",
    "iam:AttachUserPolicy",
    "iam:AttachGroupPolicy",
    "iam:AttachRolePolicy",
    "iam:PutUserPolicy",
    "iam:PutGroupPolicy",
    "iam:PutRolePolicy",
    "iam:AddUserToGroup",
    "iam:UpdateAssumeRolePolicy",
    "iam:CreateServiceLinkedRole",
];

/// Actions that escalate when allowed on every role (`Resource "*"`): passing any role to a
/// new resource, assuming any role that trusts the account.
const ON_EVERY_ROLE: &[&str] = &["iam:PassRole", "sts:AssumeRole"];

/// AWS managed policies that carry the actions above.
const MANAGED: &[&str] = &[
    "arn:aws:iam::aws:policy/AdministratorAccess",
    "arn:aws:iam::aws:policy/IAMFullAccess",
];

/// The escalation actions a statement allows; `None` when an unknown action may add one.
fn escalations(s: &Statement) -> Option<Vec<&'static str>> {
    if s.effect != Effect::Allow {
        return Some(Vec::new());
    }
    let mut out: Vec<&'static str> = ESCALATION
        .iter()
        .copied()
        .filter(|a| s.allows_action(a))
        .collect();
    let everywhere = s.resources.iter().any(|r| r.trim() == "*") || !s.not_resources.is_empty();
    if everywhere {
        out.extend(ON_EVERY_ROLE.iter().copied().filter(|a| s.allows_action(a)));
    }
    if out.is_empty() && (s.actions_unknown || (s.resources_unknown && !everywhere)) {
        return None;
    }
    Some(out)
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let iam = links.iam();
    let by_role: HashMap<usize, usize> = iam
        .principals
        .iter()
        .enumerate()
        .map(|(k, p)| (p.instance, k))
        .collect();
    // Attachments by role (reference, name or ARN): built once.
    let attachments = Pointers::build_named(
        links,
        &["aws_iam_role_policy_attachment"],
        "role",
        &["aws_iam_role"],
        Some("name"),
    );
    for (i, inst) in cx.resources("aws_lambda_function") {
        let Some(role) = inst.node().get("role") else {
            cx.pass(i);
            continue;
        };
        let Target::Instance(r) = links.resolve(inst, role, &["aws_iam_role"]) else {
            cx.undecided(i);
            continue;
        };
        let role_inst = links.instance(r);
        let mut arns: Vec<String> = attachments
            .of(r)
            .iter()
            .filter_map(|&a| links.instance(a).node().get("policy_arn"))
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        if let Some(list) = role_inst
            .node()
            .get("managed_policy_arns")
            .and_then(|v| v.as_seq())
        {
            arns.extend(list.iter().filter_map(|v| v.as_str().map(str::to_string)));
        }
        if let Some(arn) = arns
            .iter()
            .find(|a| MANAGED.iter().any(|m| a.ends_with(&m["arn:aws".len()..])))
        {
            cx.report(
                i,
                "role",
                format!(
                    "{} runs as `{}`, which has `{arn}` attached: the function's code can grant itself any permission",
                    label(inst),
                    role_inst.address
                ),
            );
            continue;
        }
        let Some(&p) = by_role.get(&r) else {
            cx.pass(i);
            continue;
        };
        let holder = &iam.principals[p];
        let mut unknown = holder.incomplete;
        let mut found: Vec<(&'static str, usize)> = Vec::new();
        for &k in &holder.policies {
            let at = &iam.identity[k];
            match &at.policy {
                Policy::Unknown => unknown = true,
                Policy::Invalid(_) => {}
                Policy::Statements(statements) => {
                    for s in statements {
                        match escalations(s) {
                            None => unknown = true,
                            Some(actions) => {
                                for a in actions {
                                    if !found.iter().any(|(f, _)| *f == a) {
                                        found.push((a, at.instance));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if found.is_empty() {
            if unknown {
                cx.undecided(i);
            } else {
                cx.pass(i);
            }
            continue;
        }
        let listed: Vec<String> = found
            .iter()
            .take(3)
            .map(|(a, _)| format!("`{a}`"))
            .collect();
        let more = if found.len() > 3 {
            format!(" and {} more", found.len() - 3)
        } else {
            String::new()
        };
        let through = links.instance(found[0].1);
        cx.report(
            i,
            "role",
            format!(
                "{} runs as `{}`, whose policy `{}` allows {}{more}: the function's code (or whoever changes it) can raise its own privileges",
                label(inst),
                role_inst.address,
                through.address,
                listed.join(", ")
            ),
        );
    }
}
