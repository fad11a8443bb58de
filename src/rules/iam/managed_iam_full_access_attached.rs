//! TFG-IAM-013: the AWS managed IAMFullAccess policy is attached.

use super::helpers::managed::check_attached;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-013",
    name: "managed-iam-full-access-attached",
    title: "AWS managed IAMFullAccess policy is attached",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["CKV2_AWS_56"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-2",
        "ISO27001:A.8.2",
        "ISO27001:A.5.18",
    ],
    controls: &["AWS managed IAMFullAccess policy attached"],
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
    doc: include_str!("../../../rules/TFG-IAM-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_attached(
        cx,
        "IAMFullAccess",
        "its holders can grant themselves any permission",
    );
}
