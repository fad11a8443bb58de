//! TFG-S3-006: a public access block with `restrict_public_buckets` off.

use super::helpers::public_access_block::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-006",
    name: "pab-restrict-public-buckets-disabled",
    title: "Public access block does not restrict public buckets",
    severity: Severity::High,
    area: Area::S3,
    aliases: &[
        "AWS-0093",
        "AVD-AWS-0093",
        "aws-s3-no-public-buckets",
        "CKV_AWS_56",
        "1ec253ab-c220-4d63-b2de-5b40e0af9293",
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
    controls: &["PAB restrict_public_buckets = true"],
    resources: &[
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(
        cx,
        "restrict_public_buckets",
        "a public bucket policy still grants anonymous and cross-account access",
    );
}
