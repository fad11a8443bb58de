//! TFG-IAM-056: an identity policy statement allows, on `Resource "*"`, actions that AWS lets
//! a policy limit to named resources.

use super::helpers::access::judge;
use super::helpers::{Which, judge_policies_in};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-056",
    name: "policy-allows-restrictable-actions-everywhere",
    title: "IAM policy statement allows actions that could name their resources on Resource \"*\"",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["CKV_AWS_355", "CKV_AWS_356"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &["Policy allows restrictable actions on Resource \"*\""],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-056.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies_in(cx, Which::Identity, |all, s| {
        judge(
            all,
            s,
            |_| true,
            (
                "an action that can name its resources",
                "actions that can name their resources",
            ),
        )
    });
}
