//! TFG-S3-001: a bucket with no public access block.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::link::{BucketView, Links};
use crate::model::access::{Flag, flag};
use crate::rules::common::bucket::bucket_label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-001",
    name: "bucket-without-public-access-block",
    title: "S3 bucket has no public access block",
    severity: Severity::High,
    area: Area::S3,
    aliases: &[
        "AWS-0094",
        "AVD-AWS-0094",
        "aws-s3-specify-public-access-block",
        "CKV2_AWS_6",
        "AC_AWS_0496",
        "FG_R00229",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "CIS-AWS:2.1.4",
    ],
    controls: &["Bucket has an aws_s3_bucket_public_access_block"],
    resources: &["aws_s3_bucket"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // A bucket the configuration does not declare, seen through its companions: its own
    // public access block passes it; without one here, its stack may have one, so it stays
    // undecided (never passed), counted on its first companion.
    for view in &links.external_buckets {
        match view.anchor("aws_s3_bucket_public_access_block") {
            Some(block) if crate::rules::common::bucket::certain(links, view, block) => {
                cx.pass(block)
            }
            Some(block) => cx.undecided(block),
            None => cx.undecided(view.bucket),
        }
    }
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let blocks = view.of("aws_s3_bucket_public_access_block");
        if blocks
            .iter()
            .any(|&b| crate::rules::common::bucket::certain(links, view, b))
        {
            cx.pass(view.bucket);
            continue;
        }
        if !blocks.is_empty() {
            // Only blocks whose count is not known: they may not be created.
            cx.undecided(view.bucket);
            continue;
        }
        // An account-level block with all four settings on protects every bucket.
        let account = links
            .in_root(&bucket.root, "aws_s3_account_public_access_block")
            .iter()
            .map(|&a| links.instance(a))
            .map(|a| {
                [
                    "block_public_acls",
                    "block_public_policy",
                    "ignore_public_acls",
                    "restrict_public_buckets",
                ]
                .iter()
                .map(|f| flag(a.node().get(f)))
                .fold(Flag::True, |acc, f| match (acc, f) {
                    (Flag::True, Flag::True) => Flag::True,
                    (Flag::Unknown, _) | (_, Flag::Unknown) => Flag::Unknown,
                    _ => Flag::False,
                })
            })
            .max_by_key(|f| match f {
                Flag::True => 2,
                Flag::Unknown => 1,
                Flag::False | Flag::Unset => 0,
            });
        match account {
            Some(Flag::True) => cx.pass(view.bucket),
            Some(Flag::Unknown) => cx.undecided(view.bucket),
            _ if links.has_unlinked(bucket, "aws_s3_bucket_public_access_block") => {
                cx.undecided(view.bucket)
            }
            _ => cx.report_fix(
                view.bucket,
                "",
                format!(
                    "{} has no aws_s3_bucket_public_access_block",
                    bucket_label(bucket)
                ),
                public_access_block(links, view),
            ),
        }
    }
}

/// The fix: a public access block with all four settings, after the bucket. Safe when nothing
/// in the configuration makes the bucket public on purpose (a website, a public canned ACL,
/// a bucket policy or ACL grants); unsafe otherwise, since public readers would lose access.
fn public_access_block(links: &Links, view: &BucketView) -> Remedy {
    let bucket = links.instance(view.bucket).node();
    let public_acl = |v: Option<&crate::model::value::Value>| {
        v.and_then(|v| v.as_str())
            .is_some_and(|acl| acl != "private" && acl != "bucket-owner-full-control")
    };
    let acl_companions = view.of("aws_s3_bucket_acl").iter().any(|&a| {
        let n = links.instance(a).node();
        public_acl(n.get("acl")) || n.has_child("access_control_policy")
    });
    let relies = bucket.has_child("website")
        || bucket.set("policy").is_some()
        || public_acl(bucket.get("acl"))
        || bucket.has_child("grant")
        || acl_companions
        || !view.of("aws_s3_bucket_website_configuration").is_empty()
        || !view.of("aws_s3_bucket_policy").is_empty();
    let safety = if relies { Safety::Unsafe } else { Safety::Safe };
    Remedy::companion(
        safety,
        "aws_s3_bucket_public_access_block",
        "bucket",
        &[
            ("block_public_acls", "true"),
            ("block_public_policy", "true"),
            ("ignore_public_acls", "true"),
            ("restrict_public_buckets", "true"),
        ],
    )
}
