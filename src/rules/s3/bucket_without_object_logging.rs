//! TFG-S3-019: no CloudTrail data events for writes to the bucket's objects.

use crate::finding::Severity;
use crate::rules::s3::helpers::object_logging::{self, Events};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-019",
    name: "bucket-without-object-logging",
    title: "S3 bucket object writes are not logged by CloudTrail",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &[
        "AWS-0171",
        "AVD-AWS-0171",
        "aws-s3-enable-object-write-logging",
        "a8fc2180-b3ac-4c93-bd0d-a55b974e4b07",
        "FG_R00354",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "CIS-AWS:3.8"],
    controls: &["Object-level (data event) CloudTrail logging read/write"],
    resources: &["aws_s3_bucket", "aws_cloudtrail"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    object_logging::check(cx, Events::Write);
}
