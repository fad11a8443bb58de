//! TFG-IAM-057: an identity policy statement allows permissions-management actions (who may
//! access what) on `Resource "*"` with no condition.

use super::helpers::access::{Level, judge};
use super::helpers::{Which, judge_policies_in};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-057",
    name: "policy-allows-permissions-management-everywhere",
    title: "IAM policy statement allows permissions-management actions on Resource \"*\"",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["CKV_AWS_289", "CKV_AWS_109"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-3",
        "ISO27001:A.8.2",
        "ISO27001:A.5.18",
    ],
    controls: &[
        "Policy allows permissions-management / resource-exposure actions without constraints",
    ],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-057.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies_in(cx, Which::Identity, |all, s| {
        judge(
            all,
            s,
            |l| l == Level::PermissionsManagement,
            (
                "a permissions-management action",
                "permissions-management actions",
            ),
        )
    });
}
