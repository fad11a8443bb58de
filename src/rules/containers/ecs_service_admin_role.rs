//! TFG-CTR-018: an ECS service's IAM role is an administrator role.

use super::helpers::label;
use crate::finding::Severity;
use std::collections::{HashMap, HashSet};

use crate::link::Target;
use crate::link::policy::{Effect, Policy};
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

fn is_admin_arn(v: Option<&Value>) -> Option<bool> {
    match v {
        Some(Value::String(s)) => Some(s.ends_with(ADMIN_POLICY)),
        Some(Value::Unknown(_)) => None,
        _ => Some(false),
    }
}

/// What the roles of the configuration are attached, built once per run of the rule: the
/// roles by name, the roles whose attachments give (or may give) `AdministratorAccess`, and
/// the roots where an attachment that may give it names its role by a value unknown before
/// apply.
#[derive(Default)]
struct Roles<'a> {
    by_name: HashMap<(&'a str, &'a str), usize>,
    principal: HashMap<usize, usize>,
    /// `true`: an attachment gives the role `AdministratorAccess`; `false`: one may.
    attached: HashMap<usize, bool>,
    unresolved_roots: HashSet<&'a str>,
}

impl<'a> Roles<'a> {
    fn build(links: &'a crate::link::Links<'a>) -> Roles<'a> {
        let mut roles = Roles::default();
        for &r in links.of_type("aws_iam_role") {
            let inst = links.instance(r);
            if let Some(name) = inst.node().get("name").and_then(Value::as_str) {
                roles.by_name.insert((&inst.root, name), r);
            }
        }
        for (k, p) in links.iam().principals.iter().enumerate() {
            roles.principal.insert(p.instance, k);
        }
        for (rtype, arg) in [
            ("aws_iam_role_policy_attachment", "role"),
            ("aws_iam_policy_attachment", "roles"),
        ] {
            for &a in links.of_type(rtype) {
                let att = links.instance(a);
                let admin = match is_admin_arn(att.node().get("policy_arn")) {
                    Some(false) => continue,
                    Some(true) => true,
                    None => false,
                };
                let targets = match att.node().get(arg) {
                    Some(Value::List(items) | Value::Set(items)) => items.to_vec(),
                    Some(v) => vec![v.clone()],
                    None => Vec::new(),
                };
                for t in targets {
                    let role = match &t {
                        Value::String(s) => roles.named(&att.root, s),
                        Value::Unknown(_) => match links.resolve(att, &t, &["aws_iam_role"]) {
                            Target::Instance(r) => Some(r),
                            Target::External => None,
                            Target::Unknown => {
                                roles.unresolved_roots.insert(&att.root);
                                None
                            }
                        },
                        _ => None,
                    };
                    if let Some(r) = role {
                        let entry = roles.attached.entry(r).or_insert(admin);
                        *entry |= admin;
                    }
                }
            }
        }
        roles
    }

    /// The role of `root` a literal name or ARN names.
    fn named(&self, root: &str, s: &str) -> Option<usize> {
        let name = s.rsplit('/').next().unwrap_or(s);
        self.by_name.get(&(root, name)).copied()
    }

    /// Whether a role of the configuration has administrator access: an `Allow` of `*` on
    /// `*` in one of its identity policies, or the AWS managed `AdministratorAccess` policy.
    /// `None` when a policy or attachment that could grant it is unknown.
    fn is_admin(&self, links: &crate::link::Links, role: usize) -> Option<bool> {
        let inst = links.instance(role);
        let view = links.iam();
        let mut unknown = false;
        if let Some(&k) = self.principal.get(&role) {
            for &p in &view.principals[k].policies {
                match &view.identity[p].policy {
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
        if let Some(Value::List(arns) | Value::Set(arns)) = inst.node().get("managed_policy_arns") {
            for arn in arns.iter() {
                match is_admin_arn(Some(arn)) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => unknown = true,
                }
            }
        }
        match self.attached.get(&role) {
            Some(true) => return Some(true),
            Some(false) => unknown = true,
            None => {}
        }
        unknown |= self.unresolved_roots.contains(&*inst.root);
        if unknown { None } else { Some(false) }
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let mut roles: Option<Roles> = None;
    for (i, inst) in cx.resources("aws_ecs_service") {
        let v = match inst.node().get("iam_role") {
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(v) => v,
        };
        let roles = roles.get_or_insert_with(|| Roles::build(links));
        let role = match v {
            Value::String(s) => match roles.named(&inst.root, s) {
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
            other => match links.resolve(inst, other, &["aws_iam_role"]) {
                Target::Instance(r) => Some(r),
                _ => None,
            },
        };
        let Some(role) = role else {
            cx.undecided(i);
            continue;
        };
        match roles.is_admin(links, role) {
            Some(true) => cx.report(
                i,
                "iam_role",
                format!(
                    "{} uses IAM role {}, which has administrator access (`*` on `*`): the service needs only the permissions to register targets with its load balancer",
                    label(inst),
                    label(links.instance(role))
                ),
            ),
            Some(false) => cx.pass(i),
            None => cx.undecided(i),
        }
    }
}
