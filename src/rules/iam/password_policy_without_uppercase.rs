//! TFG-IAM-010: password policy does not require uppercase letters.

use super::helpers::password::POLICY;
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-010",
    name: "password-policy-without-uppercase",
    title: "Password policy does not require uppercase letters",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_15",
        "AWS-0061",
        "AVD-AWS-0061",
        "aws-iam-require-uppercase-in-passwords",
    ],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["Password policy requires uppercase"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &[POLICY],
        "require_uppercase_characters",
        false,
        false,
        "passwords drawn from a smaller alphabet are easier to guess",
        Some(Safety::Safe),
    );
}
