//! TFG-IAM-027: a cross-account trust with neither an external ID nor MFA required.

use super::helpers::trust::{account_of, assumes, aws_principals, has_positive_condition};
use super::helpers::{Verdict, Which, judge_policies};
use crate::finding::Severity;
use crate::link::policy::Effect;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-027",
    name: "cross-account-trust-without-external-id",
    title: "Cross-account role trust requires neither an external ID nor MFA",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["09c35abf-5852-4622-ac7a-b987b331232e"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:IA-2",
        "ISO27001:A.5.15",
        "ISO27001:A.8.5",
    ],
    controls: &["Cross-account trust without sts:ExternalId or MFA condition"],
    resources: &["aws_iam_role", "aws_iam_policy_document"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-027.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Trust, |s| {
        if s.effect != Effect::Allow || !assumes(s) {
            return Verdict::Good;
        }
        let Some(account) = aws_principals(s).find_map(|p| account_of(p, false)) else {
            return Verdict::Good;
        };
        if has_positive_condition(s, "sts:ExternalId")
            || has_positive_condition(s, "aws:MultiFactorAuthPresent")
        {
            return Verdict::Good;
        }
        if s.condition_unknown {
            return Verdict::Unknown;
        }
        Verdict::Bad(format!(
            "lets principals of account {account} assume the role with neither `sts:ExternalId` nor `aws:MultiFactorAuthPresent` required: a third party acting for several customers can be tricked into using it (confused deputy), and a stolen key is enough"
        ))
    });
}
