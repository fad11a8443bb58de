//! TFG-IAM-005: password policy remembers fewer than 24 previous passwords.

use super::helpers::password::{Bound, check_number};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-005",
    name: "password-policy-allows-reuse",
    title: "Password policy remembers fewer than 24 previous passwords",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["CKV_AWS_13", "89806cdc-9c2e-4bd1-a0dc-53f339bcfb2a"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(1)",
        "CIS-AWS:1.9",
        "ISO27001:A.5.17",
    ],
    controls: &["Password policy prevents password reuse"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_number(
        cx,
        "password_reuse_prevention",
        Bound::AtLeast(24.0),
        "no reuse prevention",
        "users can go back to a password that may have leaked",
        Safety::Safe,
    );
}
