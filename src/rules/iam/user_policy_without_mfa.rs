//! TFG-IAM-039: a user's inline policy that grants permissions without requiring MFA.

use super::helpers::{Which, judge_whole_of};
use crate::finding::Severity;
use crate::link::policy::{Effect, Statement};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-039",
    name: "user-policy-without-mfa",
    title: "IAM user policy grants permissions without requiring MFA",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["3ddfa124-6407-4845-a501-179f90c65097"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-2(1)",
        "NIST:IA-2(2)",
        "CIS-AWS:1.10",
        "ISO27001:A.8.5",
    ],
    controls: &[
        "User inline policy Allow statements lack an MFA condition",
        "User policy allows sts:AssumeRole for root/any principal without MFA",
    ],
    resources: &["aws_iam_user_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-039.md"),
    check,
};

/// The statement requires MFA: an `Allow` whose condition needs `aws:MultiFactorAuthPresent`
/// true, or a `Deny` that applies when it is false or absent.
fn requires_mfa(s: &Statement) -> bool {
    s.conditions.iter().any(|c| {
        c.key.eq_ignore_ascii_case("aws:MultiFactorAuthPresent")
            && match s.effect {
                Effect::Allow => c.values.iter().any(|v| v.eq_ignore_ascii_case("true")),
                Effect::Deny => c.values.iter().any(|v| v.eq_ignore_ascii_case("false")),
            }
    }) || (s.effect == Effect::Deny
        && s.conditions.iter().any(|c| {
            c.key.eq_ignore_ascii_case("aws:MultiFactorAuthPresent")
                && c.test.eq_ignore_ascii_case("Null")
                && c.values.iter().any(|v| v.eq_ignore_ascii_case("true"))
        }))
}

fn check(cx: &mut Checker) {
    judge_whole_of(
        cx,
        Which::Identity,
        &["aws_iam_user_policy"],
        |statements| {
            // A Deny that requires MFA covers the whole policy; otherwise every Allow needs it.
            if statements
                .iter()
                .any(|s| s.effect == Effect::Deny && requires_mfa(s))
            {
                return Ok(());
            }
            let loose: Vec<&Statement> = statements
                .iter()
                .filter(|s| s.effect == Effect::Allow && !requires_mfa(s))
                .collect();
            if loose.is_empty() {
                return Ok(());
            }
            if loose.iter().all(|s| s.condition_unknown) {
                return Err(None);
            }
            Err(Some(
            "grants permissions to the user without requiring MFA (no `aws:MultiFactorAuthPresent` condition): a stolen password or access key is enough to use them".into(),
        ))
        },
    );
}
