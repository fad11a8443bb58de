//! TFG-IAM-038: an identity policy allows reading objects, parameters or secrets on every resource.

use super::helpers::actions::EXFILTRATION;
use super::helpers::{Which, allows_any_everywhere, judge_whole};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-038",
    name: "policy-allows-data-exfiltration",
    title: "IAM policy allows reading objects, parameters or secrets on every resource",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["CKV_AWS_288", "CKV_AWS_108"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-3",
        "ISO27001:A.8.3",
        "ISO27001:A.8.12",
    ],
    controls: &["Policy allows data-exfiltration actions"],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-038.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_whole(cx, Which::Identity, |statements| {
        allows_any_everywhere(
            statements,
            EXFILTRATION,
            "the holder can read them from every bucket, parameter and secret of the account",
        )
    });
}
