//! Wording shared by the rules that judge who a policy lets in (S3 bucket policies, IAM trust
//! and resource policies).

use crate::link::policy::Statement;

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
