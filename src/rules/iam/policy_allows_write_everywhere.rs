//! TFG-IAM-058: an identity policy statement allows write actions on `Resource "*"` with no
//! condition.

use super::helpers::access::{Level, judge};
use super::helpers::{Which, judge_policies_in};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-058",
    name: "policy-allows-write-everywhere",
    title: "IAM policy statement allows write actions on Resource \"*\"",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["CKV_AWS_290", "CKV_AWS_111"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "SOC2:CC8.1",
        "NIST:AC-6",
        "NIST:CM-5",
        "ISO27001:A.5.15",
        "ISO27001:A.8.2",
    ],
    controls: &["Policy allows write actions without resource constraints"],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-058.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies_in(cx, Which::Identity, |all, s| {
        judge(
            all,
            s,
            |l| l == Level::Write,
            ("a write action", "write actions"),
        )
    });
}
