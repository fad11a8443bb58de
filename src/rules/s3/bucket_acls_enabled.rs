//! TFG-S3-016: ACLs are not disabled (object ownership is not BucketOwnerEnforced).

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::value::Value;
use crate::rules::common::bucket::{at, bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-016",
    name: "bucket-acls-enabled",
    title: "S3 bucket keeps ACLs enabled instead of BucketOwnerEnforced ownership",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &["CKV2_AWS_65"],
    compliance: &["SOC2:CC6.1", "NIST:AC-3", "NIST:AC-6"],
    controls: &["ACLs disabled (BucketOwnerEnforced)"],
    resources: &[
        "aws_s3_bucket",
        "aws_s3_bucket_ownership_controls",
        "aws_s3_bucket_acl",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // A bucket the configuration does not declare is judged by its ownership controls alone:
    // whether the other stack sets them is not known, so an ACL resource alone decides nothing.
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let Some(anchor) = view.anchor("aws_s3_bucket_ownership_controls") else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        let rules = settings(links, view, "", "aws_s3_bucket_ownership_controls", "rule");
        let mut decided = false;
        for s in &rules {
            match s.node.get("object_ownership") {
                Some(Value::Unknown(_)) => {
                    cx.undecided(anchor);
                    decided = true;
                }
                Some(Value::String(o)) if &**o == "BucketOwnerEnforced" => {
                    cx.pass(anchor);
                    decided = true;
                }
                Some(Value::String(o)) => {
                    // Grants in existing ACLs stop working: unsafe.
                    cx.report_fix(
                        s.instance,
                        &at(s, "object_ownership"),
                        format!(
                            "{} sets object ownership to \"{o}\", which keeps ACLs enabled",
                            bucket_label(bucket)
                        ),
                        Remedy::set(
                            Safety::Unsafe,
                            &at(s, "object_ownership"),
                            "\"BucketOwnerEnforced\"",
                        ),
                    );
                    decided = true;
                }
                _ => {}
            }
        }
        if decided {
            continue;
        }
        if view.external {
            cx.undecided(anchor);
            continue;
        }
        // Without ownership controls, new buckets default to BucketOwnerEnforced (since April
        // 2023) unless an ACL is configured, which needs ACLs enabled.
        let acl = bucket.node().set("acl").is_some() || !view.of("aws_s3_bucket_acl").is_empty();
        if acl {
            cx.report(
                view.bucket,
                "",
                format!(
                    "{} configures an ACL, so ACLs are enabled",
                    bucket_label(bucket)
                ),
            );
        } else {
            cx.pass(view.bucket);
        }
    }
}
