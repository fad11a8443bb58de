//! TFG-IAM-007: password policy does not require lowercase letters.

use super::helpers::password::POLICY;
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-007",
    name: "password-policy-without-lowercase",
    title: "Password policy does not require lowercase letters",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_11",
        "AWS-0058",
        "AVD-AWS-0058",
        "aws-iam-require-lowercase-in-passwords",
    ],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["Password policy requires lowercase"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &[POLICY],
        "require_lowercase_characters",
        false,
        false,
        "passwords drawn from a smaller alphabet are easier to guess",
        Some(Safety::Safe),
    );
}
