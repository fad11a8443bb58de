//! TFG-S3-012: no default encryption configured.

use super::helpers::bucket_encryption::defaults;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::rules::common::bucket::bucket_label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-012",
    name: "bucket-without-default-encryption",
    title: "S3 bucket does not configure default encryption",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &[
        "AWS-0088",
        "AVD-AWS-0088",
        "aws-s3-enable-bucket-encryption",
        "AC_AWS_0207",
        "FG_R00099",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "CIS-AWS:2.1.1"],
    controls: &["Bucket server-side encryption configured"],
    resources: &[
        "aws_s3_bucket",
        "aws_s3_bucket_server_side_encryption_configuration",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let defaults = defaults(cx, view);
        if defaults
            .iter()
            .any(|(i, _, _)| crate::rules::common::bucket::certain(links, view, *i))
        {
            cx.pass(view.bucket);
        } else if !defaults.is_empty()
            || links.has_unlinked(bucket, "aws_s3_bucket_server_side_encryption_configuration")
        {
            cx.undecided(view.bucket);
        } else {
            cx.report_fix(
                view.bucket,
                "",
                format!(
                    "{} does not configure default encryption (objects get SSE-S3 only by the AWS default)",
                    bucket_label(bucket)
                ),
                Remedy::companion(
                    Safety::Safe,
                    "aws_s3_bucket_server_side_encryption_configuration",
                    "bucket",
                    &[(
                        "rule.apply_server_side_encryption_by_default.sse_algorithm",
                        "\"AES256\"",
                    )],
                )
                .instead_of(&["server_side_encryption_configuration"])
                .since_major(4),
            );
        }
    }
}
