//! TFG-IAM-006: password policy lets passwords live longer than 90 days.

use super::helpers::password::{Bound, check_number};
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-006",
    name: "password-policy-long-max-age",
    title: "Password policy lets passwords live longer than 90 days",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_9",
        "ce60d060-efb8-4bfd-9cf7-ff8945d00d90",
        "AWS-0062",
        "AVD-AWS-0062",
        "aws-iam-set-max-password-age",
    ],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["Password policy max age <= 90 days"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_number(
        cx,
        "max_password_age",
        Bound::AtMost(90.0),
        "passwords never expire",
        "a leaked password stays valid indefinitely",
        Safety::Unsafe,
    );
}
