//! TFG-IAM-037: an identity policy allows actions that return credentials on every resource.

use super::helpers::actions::RETURN_CREDENTIALS;
use super::helpers::{Which, allows_any_everywhere, judge_whole};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-037",
    name: "policy-allows-credential-exposure",
    title: "IAM policy allows actions that return credentials on every resource",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["CKV_AWS_287", "CKV_AWS_107"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:IA-5",
        "ISO27001:A.5.17",
        "ISO27001:A.8.2",
    ],
    controls: &["Policy allows credentials-exposure actions"],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-037.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_whole(cx, Which::Identity, |statements| {
        allows_any_everywhere(
            statements,
            RETURN_CREDENTIALS,
            "each returns keys, passwords or tokens for whatever it is called on",
        )
    });
}
