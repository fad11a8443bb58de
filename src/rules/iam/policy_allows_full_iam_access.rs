//! TFG-IAM-003: an identity policy statement that allows every IAM action (`iam:*` or `*`).

use super::helpers::{Verdict, Which, allows, judge_policies};
use crate::base::wildcard::{self, Syntax};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-003",
    name: "policy-allows-full-iam-access",
    title: "IAM policy statement allows every IAM action (iam:*)",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["CKV2_AWS_40"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-2",
        "ISO27001:A.8.2",
        "ISO27001:A.5.18",
    ],
    controls: &["Policy grants full IAM access (iam:* or *)"],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-003.md"),
    check,
};

/// True when the pattern matches every action of the `iam` service: `*`, `*:*`, `iam:*`,
/// `i*:*`.
fn covers_iam(pattern: &str) -> bool {
    let p = pattern.trim();
    if p.chars().all(|c| c == '*') && !p.is_empty() {
        return true;
    }
    let Some((service, action)) = p.split_once(':') else {
        return false;
    };
    !action.is_empty()
        && action.chars().all(|c| c == '*')
        && wildcard::matches(service, "iam", Syntax::IAM)
}

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Identity, |s| {
        if !allows(s) {
            return Verdict::Good;
        }
        let Some(a) = s.actions.iter().find(|a| covers_iam(a)) else {
            return if s.actions_unknown {
                Verdict::Unknown
            } else {
                Verdict::Good
            };
        };
        // IAM actions act on IAM resources (users, roles, policies): `*`, an IAM ARN, or
        // anything but the `NotResource` list.
        let on_iam = !s.not_resources.is_empty()
            || s.resources.iter().any(|r| {
                let r = r.trim();
                r == "*"
                    || r.split(':')
                        .nth(2)
                        .is_none_or(|service| wildcard::matches(service, "iam", Syntax::IAM))
            });
        if on_iam {
            return Verdict::Bad(format!(
                "allows every IAM action (`{a}`): whoever holds it can grant themselves anything"
            ));
        }
        if s.resources_unknown {
            return Verdict::Unknown;
        }
        Verdict::Good
    });
}
