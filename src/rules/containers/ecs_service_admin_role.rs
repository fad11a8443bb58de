//! TFG-CTR-018: an ECS service's IAM role is an administrator role.

use super::helpers::label;
use crate::finding::Severity;
use crate::link::iam;
use crate::link::policy::{Effect, Policy};
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-018",
    name: "ecs-service-admin-role",
    title: "ECS service IAM role is an administrator role",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &["3206240f-2e87-4e58-8d24-3e19e7c83d7c"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-6(1)",
        "ISO27001:A.5.15",
        "ISO27001:A.8.2",
    ],
    controls: &["ECS service IAM role looks like an admin role"],
    resources: &["aws_ecs_service"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-018.md"),
    check,
};

const ADMIN_POLICY: &str = ":policy/AdministratorAccess";

/// Whether a role of the configuration has administrator access: an `Allow` of `*` on `*`
/// in one of its identity policies, or the AWS managed `AdministratorAccess` policy.
/// `None` when a policy or attachment that could grant it is unknown.
fn role_is_admin(cx: &Checker, role: usize) -> Option<bool> {
    let links = cx.links;
    let inst = links.instance(role);
    let mut unknown = false;
    let view = links.iam();
    if let Some(p) = view.principals.iter().find(|p| p.instance == role) {
        for &k in &p.policies {
            match &view.identity[k].policy {
                Policy::Statements(statements) => {
                    for s in statements {
                        if s.effect == Effect::Allow
                            && s.not_actions.is_empty()
                            && s.actions.iter().any(|a| a == "*" || a == "*:*")
                            && s.not_resources.is_empty()
                            && s.resources.iter().any(|r| r == "*")
                        {
                            return Some(true);
                        }
                        unknown |= s.actions_unknown || s.resources_unknown;
                    }
                }
                Policy::Unknown => unknown = true,
                Policy::Invalid(_) => {}
            }
        }
    }
    let is_admin_arn = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.ends_with(ADMIN_POLICY)),
        Some(Value::Unknown(_)) => None,
        _ => Some(false),
    };
    if let Some(Value::List(arns) | Value::Set(arns)) = inst.node().get("managed_policy_arns") {
        for arn in arns.iter() {
            match is_admin_arn(Some(arn)) {
                Some(true) => return Some(true),
                Some(false) => {}
                None => unknown = true,
            }
        }
    }
    for rtype in [
        "aws_iam_role_policy_attachment",
        "aws_iam_policy_attachment",
    ] {
        let arg = if rtype == "aws_iam_policy_attachment" {
            "roles"
        } else {
            "role"
        };
        for &a in links.in_root(&inst.root, rtype) {
            let att = links.instance(a);
            match iam::names(links, att, att.node().get(arg), inst) {
                Some(true) => match is_admin_arn(att.node().get("policy_arn")) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => unknown = true,
                },
                Some(false) => {}
                None => unknown = true,
            }
        }
    }
    if unknown { None } else { Some(false) }
}

/// The role of the configuration a literal name or ARN names.
fn role_by_name(cx: &Checker, from: &Instance, s: &str) -> Option<usize> {
    let name = s.rsplit('/').next().unwrap_or(s);
    cx.links
        .in_root(&from.root, "aws_iam_role")
        .iter()
        .copied()
        .find(|&r| {
            cx.links
                .instance(r)
                .node()
                .get("name")
                .and_then(Value::as_str)
                == Some(name)
        })
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_service") {
        let v = match inst.node().get("iam_role") {
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(v) => v,
        };
        let role = match v {
            Value::String(s) => match role_by_name(cx, inst, s) {
                Some(r) => Some(r),
                None => {
                    // A role outside the configuration: its name is all there is to go on.
                    let name = s.rsplit('/').next().unwrap_or(s);
                    if name.to_ascii_lowercase().contains("admin") {
                        cx.report(
                            i,
                            "iam_role",
                            format!(
                                "{} uses IAM role \"{name}\", whose name says it is an administrator role: the service needs only the permissions to register targets with its load balancer",
                                label(inst)
                            ),
                        );
                    } else {
                        cx.pass(i);
                    }
                    continue;
                }
            },
            other => match cx.links.resolve(inst, other, &["aws_iam_role"]) {
                crate::link::Target::Instance(r) => Some(r),
                _ => None,
            },
        };
        let Some(role) = role else {
            cx.undecided(i);
            continue;
        };
        match role_is_admin(cx, role) {
            Some(true) => cx.report(
                i,
                "iam_role",
                format!(
                    "{} uses IAM role {}, which has administrator access (`*` on `*`): the service needs only the permissions to register targets with its load balancer",
                    label(inst),
                    label(cx.links.instance(role))
                ),
            ),
            Some(false) => cx.pass(i),
            None => cx.undecided(i),
        }
    }
}
