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

/// An ACL the bucket configures that grants more than the owner's full control: AWS rejects
/// setting one once ACLs are disabled (`AccessControlListNotSupported`).
struct OtherAcl {
    instance: usize,
    path: String,
    /// The canned ACL's name, or `None` for explicit grants.
    canned: Option<String>,
}

/// The ACLs configured for a bucket beyond the owner's full control, and whether one is
/// not known before apply.
fn other_acls(links: &crate::link::Links, view: &crate::link::BucketView) -> (Vec<OtherAcl>, bool) {
    let bucket = links.instance(view.bucket).node();
    let mut out = Vec::new();
    let mut unknown = false;
    // An external view has no bucket of its own: only its companions.
    let mut canned = Vec::new();
    if !view.external {
        canned.push((view.bucket, "acl".to_string(), bucket.set("acl")));
    }
    for s in settings(links, view, "", "aws_s3_bucket_acl", "") {
        canned.push((s.instance, at(&s, "acl"), s.node.set("acl")));
        if s.node.has_child("access_control_policy") {
            out.push(OtherAcl {
                instance: s.instance,
                path: at(&s, "access_control_policy"),
                canned: None,
            });
        }
    }
    for (instance, path, v) in canned {
        match v {
            Some(Value::Unknown(_)) => unknown = true,
            Some(Value::String(acl)) if !OWNER_ONLY.contains(&&**acl) => out.push(OtherAcl {
                instance,
                path,
                canned: Some(acl.to_string()),
            }),
            _ => {}
        }
    }
    if !view.external && bucket.has_child("grant") {
        out.push(OtherAcl {
            instance: view.bucket,
            path: "grant".to_string(),
            canned: None,
        });
    }
    (out, unknown)
}

/// Canned ACLs that grant the owner alone: accepted with ACLs disabled.
const OWNER_ONLY: &[&str] = &["private", "bucket-owner-full-control"];

fn describe(acl: &OtherAcl) -> String {
    match &acl.canned {
        Some(name) => format!("the ACL \"{name}\""),
        None => "ACL grants".to_string(),
    }
}

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
        let (acls, acl_unknown) = other_acls(links, view);
        let mut decided = false;
        for s in &rules {
            match s.node.get("object_ownership") {
                Some(Value::Unknown(_)) => {
                    cx.undecided(anchor);
                    decided = true;
                }
                Some(Value::String(o)) if &**o == "BucketOwnerEnforced" => {
                    // ACLs are disabled: one that grants more than the owner cannot be set,
                    // and the apply fails.
                    for acl in &acls {
                        cx.report(
                            acl.instance,
                            &acl.path,
                            format!(
                                "{} disables ACLs (BucketOwnerEnforced) but configures {}, which AWS rejects (AccessControlListNotSupported)",
                                bucket_label(bucket),
                                describe(acl)
                            ),
                        );
                    }
                    if acls.is_empty() {
                        if acl_unknown {
                            cx.undecided(anchor);
                        } else {
                            cx.pass(anchor);
                        }
                    }
                    decided = true;
                }
                Some(Value::String(o)) => {
                    let path = at(s, "object_ownership");
                    let message = format!(
                        "{} sets object ownership to \"{o}\", which keeps ACLs enabled",
                        bucket_label(bucket)
                    );
                    // With an ACL beyond the owner's, BucketOwnerEnforced alone would fail to
                    // apply: the ACL must go first, which is the owner's decision.
                    let remedy = match acls.first() {
                        Some(acl) => Remedy::manual(
                            "Set `object_ownership = \"BucketOwnerEnforced\"` once the ACL is removed",
                            format!(
                                "the bucket configures {} (at {}), which AWS rejects once ACLs are disabled: grant that access with a bucket policy, remove the ACL, then set `object_ownership = \"BucketOwnerEnforced\"`",
                                describe(acl),
                                acl.path
                            ),
                        ),
                        // Grants in existing ACLs stop working: unsafe.
                        None => Remedy::set(Safety::Unsafe, &path, "\"BucketOwnerEnforced\""),
                    };
                    cx.report_fix(s.instance, &path, message, remedy);
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
            cx.pass(anchor);
        }
    }
}
