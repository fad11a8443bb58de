//! TFG-S3-021: anyone may write and overwrite objects in the S3 bucket (a public ACL grant or policy statement
//! that AWS honours; `helpers::capability` says how the capability rules share the work).

use super::helpers::capability::{self, Capability};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-021",
    name: "bucket-public-write",
    title: "Anyone may write and overwrite objects in the S3 bucket",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &["CKV_AWS_57", "d24c0755-c028-44b1-b503-8e719c898832"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.6", "NIST:AC-3", "NIST:AC-6"],
    controls: &["Anyone may write objects (public WRITE ACL or policy s3:PutObject)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_bucket_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-021.md"),
    check,
};

fn check(cx: &mut Checker) {
    capability::check(cx, Capability::Write);
}
