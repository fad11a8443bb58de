//! TFG-IAM-009: password policy does not require symbols.

use super::helpers::password::POLICY;
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-009",
    name: "password-policy-without-symbols",
    title: "Password policy does not require symbols",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_14",
        "AWS-0060",
        "AVD-AWS-0060",
        "aws-iam-require-symbols-in-passwords",
    ],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["Password policy requires symbols"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &[POLICY],
        "require_symbols",
        false,
        false,
        "passwords drawn from a smaller alphabet are easier to guess",
        Some(Safety::Safe),
    );
}
