//! TFG-IAM-012: the AWS managed AdministratorAccess policy is attached.

use super::helpers::managed::check_attached;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-012",
    name: "managed-admin-policy-attached",
    title: "AWS managed AdministratorAccess policy is attached",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["CKV_AWS_274", "CKV_AWS_275"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-6(5)",
        "CIS-AWS:1.16",
        "ISO27001:A.8.2",
    ],
    controls: &["AWS managed AdministratorAccess policy attached (role/user/group/SSO)"],
    resources: &[
        "aws_iam_policy_attachment",
        "aws_iam_role_policy_attachment",
        "aws_iam_user_policy_attachment",
        "aws_iam_group_policy_attachment",
        "aws_ssoadmin_managed_policy_attachment",
        "aws_iam_role",
        "aws_iam_role_policy_attachments_exclusive",
        "aws_iam_user_policy_attachments_exclusive",
        "aws_iam_group_policy_attachments_exclusive",
        "aws_iam_policy",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_attached(
        cx,
        "AdministratorAccess",
        "its holders can do anything in the account",
    );
}
