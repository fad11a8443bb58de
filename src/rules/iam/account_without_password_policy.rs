//! TFG-IAM-047: The account has no IAM password policy.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::rules::common::account::check_lacks;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-047",
    name: "account-without-password-policy",
    title: "The account has no IAM password policy",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &[],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(1)",
        "CIS-AWS:1.8",
        "CIS-AWS:1.9",
        "ISO27001:A.5.17",
    ],
    controls: &["Account password policy exists"],
    resources: &["aws_iam_account_password_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-047.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_lacks(
        cx,
        Control::PasswordPolicy,
        &["aws_iam_account_password_policy"],
        "no IAM password policy (`aws_iam_account_password_policy`)",
        "console passwords of its IAM users follow the AWS default: 8 characters, no reuse prevention, no expiry",
    );
}
