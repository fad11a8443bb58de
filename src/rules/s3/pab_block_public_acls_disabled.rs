//! TFG-S3-003: a public access block with `block_public_acls` off.

use super::helpers::public_access_block::check_flag;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-003",
    name: "pab-block-public-acls-disabled",
    title: "Public access block does not block public ACLs",
    severity: Severity::High,
    area: Area::S3,
    aliases: &[
        "AWS-0086",
        "AVD-AWS-0086",
        "aws-s3-block-public-acls",
        "CKV_AWS_53",
        "d0cc8694-fcad-43ff-ac86-32331d7e867f",
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
    controls: &["PAB block_public_acls = true"],
    resources: &[
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_flag(
        cx,
        "block_public_acls",
        "new public ACLs can still be set on the bucket and its objects",
    );
}
