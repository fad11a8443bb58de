//! TFG-IAM-008: password policy does not require numbers.

use super::helpers::password::POLICY;
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-008",
    name: "password-policy-without-numbers",
    title: "Password policy does not require numbers",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_12",
        "AWS-0059",
        "AVD-AWS-0059",
        "aws-iam-require-numbers-in-passwords",
    ],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["Password policy requires numbers"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &[POLICY],
        "require_numbers",
        false,
        false,
        "passwords drawn from a smaller alphabet are easier to guess",
        Some(Safety::Safe),
    );
}
