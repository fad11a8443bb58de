//! Shared by the IAM rules: judging every statement of every identity policy of the
//! IAM view (`link::iam`), and naming what holds a policy.

pub mod access;
pub mod actions;
pub mod managed;
pub mod members;
pub mod password;
pub mod trust;

use crate::link::Links;
use crate::link::iam::PolicyAt;
use crate::link::policy::{self, Effect, Policy, Statement};
use crate::model::Instance;
use crate::rules::Checker;
use crate::rules::common::policy::no_narrowing;
use crate::rules::common::simple::label;

/// A statement's verdict under one rule.
pub enum Verdict {
    /// The problem, said of the statement: "allows every action (`*`) on every resource".
    Bad(String),
    Good,
    /// Depends on a value not known before apply.
    Unknown,
}

/// How to name what holds a policy: a resource by its name, a document by its address.
pub fn holder(inst: &Instance) -> String {
    if inst.rtype == "aws_iam_policy_document" {
        return format!("`{}`", inst.address);
    }
    label(inst)
}

/// ` (statement "Sid")` when the statement has a `Sid`.
pub fn sid(s: &Statement) -> String {
    s.sid
        .as_ref()
        .filter(|id| !id.is_empty())
        .map(|id| format!(" (statement \"{id}\")"))
        .unwrap_or_default()
}

/// Judges every statement of the policies `which` picks from the IAM view with `judge`:
/// one finding per bad statement, at its `statement` block or the argument holding the
/// policy; an unknown policy is undecided, an invalid one passes (AWS rejects it: it grants
/// nothing).
pub fn judge_policies(cx: &mut Checker, which: Which, judge: impl Fn(&Statement) -> Verdict) {
    judge_policies_in(cx, which, |_, s| judge(s));
}

/// [`judge_policies`], the judge seeing the policy's other statements too.
pub fn judge_policies_in(
    cx: &mut Checker,
    which: Which,
    judge: impl Fn(&[Statement], &Statement) -> Verdict,
) {
    let links = cx.links;
    let policies = match which {
        Which::Identity => &links.iam().identity,
        Which::Trust => &links.iam().trust,
    };
    judge_list(cx, policies, judge);
}

/// Judges each policy of the view as a whole: `Ok` passes, `Err(Some(problem))` reports
/// the problem at the argument holding the policy (the resource for a document judged on
/// its own), `Err(None)` is undecided.
pub fn judge_whole(
    cx: &mut Checker,
    which: Which,
    judge: impl Fn(&[Statement]) -> Result<(), Option<String>>,
) {
    judge_whole_of(cx, which, &[], judge);
}

/// [`judge_whole`] for the policies held by resources of `types` only (all when empty).
pub fn judge_whole_of(
    cx: &mut Checker,
    which: Which,
    types: &[&str],
    judge: impl Fn(&[Statement]) -> Result<(), Option<String>>,
) {
    let links = cx.links;
    let policies = match which {
        Which::Identity => &links.iam().identity,
        Which::Trust => &links.iam().trust,
    };
    for at in policies {
        if !types.is_empty() && !types.contains(&links.instance(at.instance).rtype.as_str()) {
            continue;
        }
        let statements = match &at.policy {
            Policy::Unknown => {
                cx.undecided(at.instance);
                continue;
            }
            Policy::Invalid(_) => {
                cx.pass(at.instance);
                continue;
            }
            Policy::Statements(s) => s,
        };
        match judge(statements) {
            Ok(()) => cx.pass(at.instance),
            Err(None) => cx.undecided(at.instance),
            Err(Some(problem)) => {
                let inst = links.instance(at.instance);
                let through = match at.document {
                    Some(d) if d != at.instance => {
                        format!(" (through `{}`)", links.instance(d).address)
                    }
                    _ => String::new(),
                };
                cx.report(
                    at.instance,
                    &at.path,
                    format!("{} {problem}{through}", holder(inst)),
                );
            }
        }
    }
}

/// The policies held by the `(type, argument)`s given: resource policies (queues, topics,
/// vaults), parsed and linked to the `aws_iam_policy_document` they come from.
pub fn resource_policies(links: &Links, holders: &[(&str, &str)]) -> Vec<PolicyAt> {
    let mut out = Vec::new();
    for &(rtype, arg) in holders {
        for &i in links.of_type(rtype) {
            let inst = links.instance(i);
            if let Some(v) = inst.node().set(arg) {
                out.push(PolicyAt {
                    instance: i,
                    path: arg.to_string(),
                    policy: policy::resolve(links, inst, v),
                    document: policy::document_of(links, inst, v),
                });
            }
        }
    }
    out
}

/// Judges every statement of `policies` (see [`judge_policies`]).
pub fn judge_list(
    cx: &mut Checker,
    policies: &[PolicyAt],
    judge: impl Fn(&[Statement], &Statement) -> Verdict,
) {
    let links = cx.links;
    for at in policies {
        let statements = match &at.policy {
            Policy::Unknown => {
                cx.undecided(at.instance);
                continue;
            }
            Policy::Invalid(_) => {
                cx.pass(at.instance);
                continue;
            }
            Policy::Statements(s) => s,
        };
        let inst = links.instance(at.instance);
        let through = match at.document {
            Some(d) if d != at.instance => {
                format!(" (through `{}`)", links.instance(d).address)
            }
            _ => String::new(),
        };
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, s) in statements.iter().enumerate() {
            match judge(statements, s) {
                Verdict::Good => {}
                Verdict::Unknown => unknown = true,
                Verdict::Bad(problem) => findings.push((
                    at.instance,
                    at.statement_path(k),
                    format!("{} {problem}{}{through}", holder(inst), sid(s)),
                )),
            }
        }
        cx.settle(at.instance, unknown, findings);
    }
}

/// The resource types whose identity policies (`Which::Identity`) a rule reads: the policy
/// holders, the role (inline policies) and the policy documents they are written with.
pub const IDENTITY_POLICY_TYPES: &[&str] = &[
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "aws_iam_role",
    "aws_ssoadmin_permission_set_inline_policy",
    "aws_iam_policy_document",
];

/// Which policies of the IAM view a rule judges.
#[derive(Clone, Copy)]
pub enum Which {
    /// What users, groups, roles and permission sets may do.
    Identity,
    /// Who may assume a role.
    Trust,
}

/// True when an action pattern stands for every action: `*` or `*:*`.
pub fn is_every_action(pattern: &str) -> bool {
    let p = pattern.trim();
    p == "*" || p == "*:*"
}

/// The statement lets anyone in (`"*"` with no condition on who the caller is): a verdict
/// for the public-policy rules, `what` naming the resource ("the queue").
pub fn public(s: &Statement, what: &str) -> Verdict {
    match s.allows_public_unconditionally() {
        Some(true) => {
            let actions = if s.actions.is_empty() {
                format!("everything but `{}`", s.not_actions.join(", "))
            } else {
                format!("`{}`", s.actions.join(", "))
            };
            let who = if s.not_principal {
                "every principal outside `NotPrincipal`"
            } else {
                "any principal (\"*\")"
            };
            Verdict::Bad(format!(
                "allows {actions} on {what} to {who} {}",
                no_narrowing(s)
            ))
        }
        Some(false) => Verdict::Good,
        None => Verdict::Unknown,
    }
}

/// An `Allow` statement with `Action` (not `NotAction`).
pub fn allows(s: &Statement) -> bool {
    s.effect == Effect::Allow && s.not_actions.is_empty()
}

/// Whether `Resource` (not `NotResource`) holds `"*"`: `Some(true)` when it does,
/// `None` when it may (an unknown resource).
pub fn on_every_resource(s: &Statement) -> Option<bool> {
    if s.resources.iter().any(|r| r.trim() == "*") {
        return Some(true);
    }
    if s.resources_unknown {
        return None;
    }
    Some(false)
}

/// The verdict of a whole policy against a list of sensitive actions: `Err(Some(message))`
/// naming the actions (up to three, then how many more) it allows on every resource, with
/// `why` after them; `Err(None)` when an unknown may decide it; `Ok(())` otherwise.
pub fn allows_any_everywhere(
    statements: &[Statement],
    actions: &[&str],
    why: &str,
) -> Result<(), Option<String>> {
    let mut found = Vec::new();
    let mut unknown = false;
    for a in actions {
        match allowed_everywhere(statements, a) {
            Some(true) => found.push(format!("`{a}`")),
            Some(false) => {}
            None => unknown = true,
        }
    }
    if !found.is_empty() {
        let listed = if found.len() > 3 {
            format!("{} and {} more", found[..3].join(", "), found.len() - 3)
        } else {
            found.join(", ")
        };
        Err(Some(format!(
            "allows {listed} on every resource (`*`): {why}"
        )))
    } else if unknown {
        Err(None)
    } else {
        Ok(())
    }
}

/// Whether the policy allows `action` on every resource: `Some(true)`, or `None` when an
/// unknown resource or action may decide it. A `Deny` of it on every resource without a
/// condition takes it back.
pub fn allowed_everywhere(statements: &[Statement], action: &str) -> Option<bool> {
    let everywhere =
        |s: &Statement| s.resources.iter().any(|r| r.trim() == "*") || !s.not_resources.is_empty();
    let denied = statements.iter().any(|s| {
        s.effect == Effect::Deny
            && s.conditions.is_empty()
            && !s.condition_unknown
            && s.resources.iter().any(|r| r.trim() == "*")
            && s.allows_action(action)
    });
    if denied {
        return Some(false);
    }
    let mut unknown = false;
    for s in statements.iter().filter(|s| s.effect == Effect::Allow) {
        // Resources first: most statements name their resources, and then the actions do
        // not matter.
        let on_all = everywhere(s);
        if !on_all && !s.resources_unknown {
            continue;
        }
        if s.allows_action(action) {
            if on_all {
                return Some(true);
            }
            unknown = true;
        } else {
            unknown |= s.actions_unknown;
        }
    }
    if unknown { None } else { Some(false) }
}
