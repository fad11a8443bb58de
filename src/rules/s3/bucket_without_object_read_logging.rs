//! TFG-S3-020: no CloudTrail data events for reads of the bucket's objects.

use crate::finding::Severity;
use crate::rules::s3::helpers::object_logging::{self, Events};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-020",
    name: "bucket-without-object-read-logging",
    title: "S3 bucket object reads are not logged by CloudTrail",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &[
        "AWS-0172",
        "AVD-AWS-0172",
        "aws-s3-enable-object-read-logging",
        "a8fc2180-b3ac-4c93-bd0d-a55b974e4b07",
        "FG_R00355",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "CIS-AWS:3.9"],
    controls: &["Object-level (data event) CloudTrail logging read/write"],
    resources: &["aws_s3_bucket", "aws_cloudtrail"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    object_logging::check(cx, Events::Read);
}
