//! TFG-S3-004: a public access block with `block_public_policy` off.

use super::helpers::public_access_block::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-004",
    name: "pab-block-public-policy-disabled",
    title: "Public access block does not block public bucket policies",
    severity: Severity::High,
    area: Area::S3,
    aliases: &[
        "AWS-0087",
        "AVD-AWS-0087",
        "aws-s3-block-public-policy",
        "CKV_AWS_54",
        "1a4bc881-9f69-4d44-8c9a-d37d08f54c50",
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
    controls: &["PAB block_public_policy = true"],
    resources: &[
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(
        cx,
        "block_public_policy",
        "a bucket policy that grants public access can still be attached",
    );
}
