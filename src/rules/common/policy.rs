//! Wording and judgement shared by the rules that judge who a policy lets in (S3 bucket
//! policies, IAM trust and resource policies, other services' resource policies).

use crate::link::policy::{self, Policy, Statement};
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::Checker;

/// "with no condition on who the caller is", or, when the statement has conditions, which
/// of them fail to narrow it.
pub fn no_narrowing(s: &Statement) -> String {
    if s.conditions.is_empty() {
        return "with no condition on who the caller is".into();
    }
    let keys: Vec<String> = s
        .conditions
        .iter()
        .map(|c| format!("`{} {}`", c.test, c.key))
        .collect();
    format!(
        "with conditions that do not narrow who the caller is ({})",
        keys.join(", ")
    )
}

/// The first action pattern of an `Allow` statement that stands for every action of
/// `service` (`*`, `*:*`, `service:*`, any case, the service part matched with IAM
/// wildcards), or `None`. A statement with `NotAction` names no such pattern.
pub fn every_action_of<'s>(s: &'s Statement, service: &str) -> Option<&'s str> {
    use crate::base::wildcard::{self, Syntax};
    if s.effect != crate::link::policy::Effect::Allow {
        return None;
    }
    s.actions.iter().map(|a| a.trim()).find(|a| {
        *a == "*"
            || a.split_once(':').is_some_and(|(svc, act)| {
                !act.is_empty()
                    && act.chars().all(|c| c == '*')
                    && wildcard::matches(svc, service, Syntax::IAM)
            })
    })
}

/// ` (statement "id")` for a statement with a non-empty `Sid`, else nothing.
pub fn sid_note(s: &Statement) -> String {
    s.sid
        .as_ref()
        .filter(|id| !id.is_empty())
        .map(|id| format!(" (statement \"{id}\")"))
        .unwrap_or_default()
}

/// A statement whose verdict rests on a value unknown before apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unknown;

/// What one statement of a policy amounts to for a rule: `Ok(Some(message))` a finding,
/// `Ok(None)` fine, `Err(Unknown)` decided by something unknown before apply.
pub type Judgement = Result<Option<String>, Unknown>;

/// Concludes instance `i` from its resource policy `v`: a policy unknown before apply is
/// undecided, one AWS rejects grants nothing (passed), else every statement is judged and
/// each problem becomes a finding at `policy`.
pub fn judge_policy(
    cx: &mut Checker,
    i: usize,
    inst: &Instance,
    v: &Value,
    mut judge: impl FnMut(&Statement) -> Judgement,
) {
    let statements = match policy::resolve(cx.links, inst, v) {
        Policy::Statements(s) => s,
        Policy::Unknown => {
            cx.undecided(i);
            return;
        }
        // AWS rejects it: it grants nothing.
        Policy::Invalid(_) => {
            cx.pass(i);
            return;
        }
    };
    let mut unknown = false;
    let mut findings = Vec::new();
    for s in &statements {
        match judge(s) {
            Ok(Some(message)) => findings.push((i, "policy".to_string(), message)),
            Ok(None) => {}
            Err(Unknown) => unknown = true,
        }
    }
    cx.settle(i, unknown, findings);
}

/// [`judge_policy`] over the `policy` argument of every resource of `rtypes`; a resource
/// without one passes.
pub fn judge_policy_argument(
    cx: &mut Checker,
    rtypes: &[&str],
    mut judge: impl FnMut(&Instance, &Statement) -> Judgement,
) {
    for rtype in rtypes {
        for (i, inst) in cx.resources(rtype) {
            match inst.node().get("policy") {
                None | Some(Value::Null) => cx.pass(i),
                Some(v) => judge_policy(cx, i, inst, v, |s| judge(inst, s)),
            }
        }
    }
}

/// The finding for a statement that allows any principal without a condition that
/// narrows who the caller is; `what` names the resource ("ECR repository `x`").
pub fn public_unconditionally(s: &Statement, what: &str) -> Judgement {
    match s.allows_public_unconditionally() {
        Some(true) => {
            let sid = sid_note(s);
            let actions = if s.not_actions.is_empty() {
                s.actions.join(", ")
            } else {
                format!("everything but {}", s.not_actions.join(", "))
            };
            Ok(Some(format!(
                "{what} has a policy that allows any principal `{actions}`{sid} without a condition that narrows who the caller is"
            )))
        }
        Some(false) => Ok(None),
        None => Err(Unknown),
    }
}
