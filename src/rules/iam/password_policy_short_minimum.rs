//! TFG-IAM-004: password policy allows passwords shorter than 14 characters.

use super::helpers::password::{Bound, check_number};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-004",
    name: "password-policy-short-minimum",
    title: "Password policy allows passwords shorter than 14 characters",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_10",
        "AWS-0063",
        "AVD-AWS-0063",
        "aws-iam-set-minimum-password-length",
        "1bc1c685-e593-450e-88fb-19db4c82aa1d",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(1)",
        "CIS-AWS:1.8",
        "ISO27001:A.5.17",
    ],
    controls: &["Password policy minimum length >= 14"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_number(
        cx,
        "minimum_password_length",
        Bound::AtLeast(14.0),
        "default 6",
        "short passwords are easier to guess and crack",
        Safety::Safe,
    );
}
