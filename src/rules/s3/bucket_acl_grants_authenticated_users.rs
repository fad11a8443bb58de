//! TFG-S3-025: s3 bucket ACL grants access to any user of any AWS account (AuthenticatedUsers) (a public ACL grant or policy statement
//! that AWS honours; `helpers::capability` says how the capability rules share the work).

use super::helpers::capability::{self, Capability};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-025",
    name: "bucket-acl-grants-authenticated-users",
    title: "S3 bucket ACL grants access to any user of any AWS account (AuthenticatedUsers)",
    severity: Severity::High,
    area: Area::S3,
    aliases: &["CKV2_AWS_43"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.6", "NIST:AC-3", "NIST:AC-6"],
    controls: &["ACL grants to all authenticated AWS users (AuthenticatedUsers)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-025.md"),
    check,
};

fn check(cx: &mut Checker) {
    capability::check(cx, Capability::AuthenticatedUsers);
}
