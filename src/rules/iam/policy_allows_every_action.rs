//! TFG-IAM-002: an identity policy statement that allows every action (`"*"`).

use super::helpers::{Verdict, Which, allows, is_every_action, judge_policies};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-002",
    name: "policy-allows-every-action",
    title: "IAM policy statement allows every action (\"*\")",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["CKV_AWS_63", "CKV_AWS_49"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "CIS-AWS:1.16",
        "ISO27001:A.8.2",
        "ISO27001:A.5.15",
    ],
    controls: &["Policy statement allows Action \"*\" (any resource)"],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Identity, |s| {
        if !allows(s) {
            return Verdict::Good;
        }
        if let Some(a) = s.actions.iter().find(|a| is_every_action(a)) {
            let on = if s.resources.is_empty() {
                String::new()
            } else {
                format!(" on `{}`", s.resources.join(", "))
            };
            return Verdict::Bad(format!("allows every action (`{a}`){on}"));
        }
        if s.actions_unknown {
            return Verdict::Unknown;
        }
        Verdict::Good
    });
}
