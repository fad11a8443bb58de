//! TFG-IAM-011: password policy does not let users change their own password.

use super::helpers::password::POLICY;
use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-011",
    name: "password-policy-users-cannot-change",
    title: "Password policy does not let users change their own password",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["9ef7d25d-9764-4224-9968-fa321c56ef76"],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["Password policy lets users change their own password"],
    resources: &["aws_iam_account_password_policy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &[POLICY],
        "allow_users_to_change_password",
        false,
        true,
        "users cannot replace a password they suspect has leaked, nor the initial one an administrator chose",
        Some(Safety::Safe),
    );
}
