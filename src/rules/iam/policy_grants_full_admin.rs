//! TFG-IAM-001: an identity policy that allows every action on every resource.

use super::helpers::{Verdict, Which, allows, is_every_action, judge_policies, on_every_resource};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-001",
    name: "policy-grants-full-admin",
    title: "IAM policy allows every action on every resource",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_62",
        "CKV_AWS_1",
        "2f37c4a3-58b9-4afe-8a87-d7f1d2286f84",
        "575a2155-6af1-4026-b1af-d5bc8fe2a904",
        "132a8c31-9837-4203-9fd1-15ca210c7b73",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-6(1)",
        "CIS-AWS:1.16",
        "ISO27001:A.8.2",
        "ISO27001:A.5.15",
    ],
    controls: &["Policy grants full admin: Allow Action \"*\" on Resource \"*\""],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Identity, |s| {
        if !allows(s) {
            return Verdict::Good;
        }
        let every_action = s.actions.iter().find(|a| is_every_action(a));
        match (every_action, on_every_resource(s)) {
            (Some(a), Some(true)) => Verdict::Bad(format!(
                "allows every action (`{a}`) on every resource (`*`): full administrator access"
            )),
            (Some(_), None) => Verdict::Unknown,
            (None, Some(true) | None) if s.actions_unknown => Verdict::Unknown,
            _ => Verdict::Good,
        }
    });
}
