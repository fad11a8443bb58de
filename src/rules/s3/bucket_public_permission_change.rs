//! TFG-S3-023: anyone may change who has access to the S3 bucket (ACLs or policy) (a public ACL grant or policy statement
//! that AWS honours; `helpers::capability` says how the capability rules share the work).

use super::helpers::capability::{self, Capability};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-023",
    name: "bucket-public-permission-change",
    title: "Anyone may change who has access to the S3 bucket (ACLs or policy)",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &[],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.6", "NIST:AC-3", "NIST:AC-6"],
    controls: &[
        "Anyone may change ACLs or the bucket policy (WRITE_ACP grant or policy s3:PutBucketAcl/PutBucketPolicy)",
    ],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_bucket_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-023.md"),
    check,
};

fn check(cx: &mut Checker) {
    capability::check(cx, Capability::ChangePermissions);
}
