//! TFG-IAM-016: an identity policy allows `iam:PassRole` on every role.

use super::helpers::{Verdict, Which, allows, is_every_action, judge_policies};
use crate::base::wildcard::{self, Syntax};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-016",
    name: "policy-allows-pass-any-role",
    title: "IAM policy allows iam:PassRole on every role",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["e39bee8c-fe54-4a3f-824d-e5e2d1cca40a"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.8.2"],
    controls: &["Policy allows iam:PassRole on Resource \"*\""],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-016.md"),
    check,
};

/// A resource pattern that matches every role: `*`, `arn:aws:iam::*:role/*`, `...:role/*`.
fn every_role(r: &str) -> bool {
    let r = r.trim();
    r == "*"
        || (wildcard::matches(
            r,
            "arn:aws:iam::123456789012:role/any-role-name",
            Syntax::IAM,
        ) && wildcard::matches(r, "arn:aws:iam::123456789012:role/path/other", Syntax::IAM))
}

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Identity, |s| {
        if !allows(s) {
            return Verdict::Good;
        }
        // `*` and `*:*` are full access, reported by TFG-IAM-001/002.
        let Some(a) = s
            .actions
            .iter()
            .find(|a| !is_every_action(a) && wildcard::matches(a, "iam:PassRole", Syntax::IAM))
        else {
            return if s.actions_unknown {
                Verdict::Unknown
            } else {
                Verdict::Good
            };
        };
        if let Some(r) = s.resources.iter().find(|r| every_role(r)) {
            return Verdict::Bad(format!(
                "allows `{a}` on `{r}`: its holder can hand any role, an administrator's too, to a service it controls"
            ));
        }
        if s.resources_unknown {
            return Verdict::Unknown;
        }
        Verdict::Good
    });
}
