//! TFG-S3-002: a bucket with a public canned ACL.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::value::Value;
use crate::rules::common::bucket::{PUBLIC_ACLS, at, bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-002",
    name: "bucket-public-acl",
    title: "S3 bucket has a public canned ACL",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &[
        "AWS-0092",
        "AVD-AWS-0092",
        "aws-s3-no-public-access-with-acl",
        "CKV_AWS_20",
        "CKV_AWS_57",
        "38c5ee0d-7f22-4260-ab72-5073048df100",
        "57b9893d-33b1-4419-bcea-a717ea87e139",
        "AC_AWS_0210",
        "AC_AWS_0212",
        "AC_AWS_0213",
        "FG_R00279",
        "FG_R00277",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "CIS-AWS:2.1.4",
    ],
    controls: &["Public canned ACL (public-read / public-read-write / website)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // A bucket the configuration does not declare is judged by its own ACL resources: a
    // public canned ACL is public whatever the bucket.
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let Some(anchor) = view.anchor("aws_s3_bucket_acl") else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        let mut found = Vec::new();
        let mut unknown = false;
        // The provider v3 argument on the bucket, and aws_s3_bucket_acl resources.
        let mut candidates = Vec::new();
        if !view.external
            && let Some(v) = bucket.node().set("acl")
        {
            candidates.push((view.bucket, "acl".to_string(), v));
        }
        for s in settings(links, view, "", "aws_s3_bucket_acl", "") {
            if let Some(v) = s.node.set("acl") {
                candidates.push((s.instance, at(&s, "acl"), v));
            }
        }
        for (i, path, v) in candidates {
            match v {
                Value::Unknown(_) => unknown = true,
                Value::String(acl) if PUBLIC_ACLS.contains(&&**acl) => {
                    found.push((i, path, acl.to_string()))
                }
                _ => {}
            }
        }
        let label = bucket_label(bucket);
        if found.is_empty() {
            cx.settle(anchor, unknown, Vec::new());
        }
        for (i, path, acl) in found {
            // Public readers lose access: unsafe.
            cx.report_fix(
                i,
                &path,
                format!("{label} has the public canned ACL \"{acl}\""),
                Remedy::set(Safety::Unsafe, &path, "\"private\""),
            );
        }
    }
}
