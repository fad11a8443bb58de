//! TFG-S3-022: anyone may delete the S3 bucket's objects or the bucket (a public ACL grant or policy statement
//! that AWS honours; `helpers::capability` says how the capability rules share the work).

use super::helpers::capability::{self, Capability};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-022",
    name: "bucket-public-delete",
    title: "Anyone may delete the S3 bucket's objects or the bucket",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &["ffdf4b37-7703-4dfe-a682-9d2e99bc6c09"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.6", "NIST:AC-3", "NIST:AC-6"],
    controls: &["Anyone may delete objects or the bucket (policy s3:Delete*)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-022.md"),
    check,
};

fn check(cx: &mut Checker) {
    capability::check(cx, Capability::Delete);
}
