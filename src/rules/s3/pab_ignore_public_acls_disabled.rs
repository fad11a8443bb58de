//! TFG-S3-005: a public access block with `ignore_public_acls` off.

use super::helpers::public_access_block::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-005",
    name: "pab-ignore-public-acls-disabled",
    title: "Public access block does not ignore public ACLs",
    severity: Severity::High,
    area: Area::S3,
    aliases: &[
        "AWS-0091",
        "AVD-AWS-0091",
        "aws-s3-ignore-public-acls",
        "CKV_AWS_55",
        "4fa66806-0dd9-4f8d-9480-3174d39c7c91",
        "FG_R00229",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "NIST:SC-7",
        "CIS-AWS:2.1.4",
    ],
    controls: &["PAB ignore_public_acls = true"],
    resources: &[
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(
        cx,
        "ignore_public_acls",
        "existing public ACLs on the bucket and its objects still grant access",
    );
}
