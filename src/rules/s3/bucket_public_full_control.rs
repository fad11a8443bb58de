//! TFG-S3-024: anyone has full control of the S3 bucket (every S3 action or FULL_CONTROL) (a public ACL grant or policy statement
//! that AWS honours; `helpers::capability` says how the capability rules share the work).

use super::helpers::capability::{self, Capability};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-024",
    name: "bucket-public-full-control",
    title: "Anyone has full control of the S3 bucket (every S3 action or FULL_CONTROL)",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &["a4966c4f-9141-48b8-a564-ffe9959945bc"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.6", "NIST:AC-3", "NIST:AC-6"],
    controls: &["Anyone has full control (policy s3:* / * or FULL_CONTROL grant)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_bucket_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-024.md"),
    check,
};

fn check(cx: &mut Checker) {
    capability::check(cx, Capability::FullControl);
}
