//! TFG-IAM-017: an identity policy allows every S3 action (`s3:*`).

use super::helpers::{Verdict, Which, allows, is_every_action, judge_policies_in};
use crate::base::wildcard::{self, Syntax};
use crate::finding::Severity;
use crate::link::policy::Effect;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-017",
    name: "policy-allows-full-s3-access",
    title: "IAM policy allows every S3 action (s3:*)",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["AWS-0345", "AVD-AWS-0345", "aws-iam-no-s3-full-access"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "ISO27001:A.8.3",
        "ISO27001:A.5.15",
    ],
    controls: &["Policy allows s3:* (unrestricted S3)"],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-017.md"),
    check,
};

/// The pattern covers every S3 action: `s3:*` (or a service wildcard such as `s*:*`), but not
/// `*` or `*:*` (every action, TFG-IAM-002).
fn covers_s3(pattern: &str) -> bool {
    let p = pattern.trim();
    if is_every_action(p) {
        return false;
    }
    let Some((service, action)) = p.split_once(':') else {
        return false;
    };
    !action.is_empty()
        && action.chars().all(|c| c == '*')
        && wildcard::matches(service, "s3", Syntax::IAM)
}

fn check(cx: &mut Checker) {
    judge_policies_in(cx, Which::Identity, |all, s| {
        if !allows(s) {
            return Verdict::Good;
        }
        // A `Deny` of every S3 action on every resource, with no condition, takes the
        // `Allow` back.
        let denied = all.iter().any(|d| {
            d.effect == Effect::Deny
                && d.conditions.is_empty()
                && !d.condition_unknown
                && d.not_actions.is_empty()
                && d.actions.iter().any(|a| covers_s3(a) || is_every_action(a))
                && d.resources.iter().any(|r| r.trim() == "*")
        });
        if denied {
            return Verdict::Good;
        }
        match s.actions.iter().find(|a| covers_s3(a)) {
            Some(a) => Verdict::Bad(format!(
                "allows every S3 action (`{a}`): reading, deleting and re-permissioning the buckets it covers, their policies included"
            )),
            None if s.actions_unknown => Verdict::Unknown,
            None => Verdict::Good,
        }
    });
}
