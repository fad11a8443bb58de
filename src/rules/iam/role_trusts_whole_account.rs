//! TFG-IAM-026: a role trust policy that trusts a whole account (its root).

use super::helpers::trust::{account_of, assumes, aws_principals};
use super::helpers::{Verdict, Which, judge_policies};
use crate::finding::Severity;
use crate::link::policy::Effect;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-026",
    name: "role-trusts-whole-account",
    title: "Role trust policy trusts a whole AWS account",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["CKV_AWS_61", "12b7e704-37f0-4d1e-911a-44bf60c48c21"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
    ],
    controls: &["Role trust policy trusts a whole account (account root / bare account id)"],
    resources: &["aws_iam_role", "aws_iam_policy_document"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-026.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Trust, |s| {
        if s.effect != Effect::Allow || !assumes(s) {
            return Verdict::Good;
        }
        let Some(account) = aws_principals(s).find_map(|p| account_of(p, true)) else {
            return Verdict::Good;
        };
        // A specific `aws:PrincipalArn` (or other narrowing condition) picks principals
        // inside the account.
        if s.has_narrowing_condition() {
            return Verdict::Good;
        }
        Verdict::Bad(format!(
            "trusts the whole account {account}: every user and role there that may call `sts:AssumeRole` can assume this role"
        ))
    });
}
