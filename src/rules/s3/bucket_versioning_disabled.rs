//! TFG-S3-010: versioning not enabled.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::bucket::{at, bucket_label, certain, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-010",
    name: "bucket-versioning-disabled",
    title: "S3 bucket versioning is not enabled",
    severity: Severity::Medium,
    area: Area::S3,
    aliases: &[
        "AWS-0090",
        "AVD-AWS-0090",
        "aws-s3-enable-versioning",
        "CKV_AWS_21",
        "568a4d22-3517-44a6-a7ad-6a7eed88722c",
        "AC_AWS_0214",
        "FG_R00101",
    ],
    compliance: &["SOC2:A1.2", "SOC2:CC7.2", "NIST:CP-9", "NIST:SI-12"],
    controls: &["Versioning enabled"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_versioning"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-S3-010.md"),
    check,
};

/// What a versioning setting says: enabled, not, or unknown.
pub fn versioning(cx: &Checker, view: &crate::link::BucketView) -> Vec<(usize, String, Flag)> {
    let mut out = Vec::new();
    // Provider v3: versioning { enabled = true }.
    for s in settings(cx.links, view, "versioning", "", "") {
        out.push((s.instance, at(&s, "enabled"), flag(s.node.get("enabled"))));
    }
    // Provider v4+: aws_s3_bucket_versioning { versioning_configuration { status = "Enabled" } }.
    for s in settings(
        cx.links,
        view,
        "",
        "aws_s3_bucket_versioning",
        "versioning_configuration",
    ) {
        let status = match s.node.get("status") {
            Some(Value::Unknown(_)) => Flag::Unknown,
            // Enabled by a resource that may not be created.
            Some(Value::String(v)) if &**v == "Enabled" && !certain(cx.links, view, s.instance) => {
                Flag::Unknown
            }
            Some(Value::String(v)) if &**v == "Enabled" => Flag::True,
            Some(_) => Flag::False,
            None => Flag::Unset,
        };
        out.push((s.instance, at(&s, "status"), status));
    }
    out
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let Some(anchor) = view.anchor("aws_s3_bucket_versioning") else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        let settings = versioning(cx, view);
        if settings.iter().any(|(_, _, f)| *f == Flag::True) {
            cx.pass(anchor);
        } else if settings.iter().any(|(_, _, f)| *f == Flag::Unknown)
            || (settings.is_empty() && links.has_unlinked(bucket, "aws_s3_bucket_versioning"))
        {
            cx.undecided(anchor);
        } else if view.external && settings.is_empty() {
            // A versioning resource without its block: the other stack's bucket decides.
            cx.undecided(anchor);
        } else if let Some((i, path, _)) = settings.into_iter().next() {
            let value = if path.ends_with(".status") {
                "\"Enabled\""
            } else {
                "true"
            };
            cx.report_fix(
                i,
                &path,
                format!(
                    "{} has versioning suspended or disabled",
                    bucket_label(bucket)
                ),
                Remedy::set(Safety::Safe, &path, value),
            );
        } else {
            cx.report_fix(
                view.bucket,
                "",
                format!("{} does not enable versioning", bucket_label(bucket)),
                Remedy::companion(
                    Safety::Safe,
                    "aws_s3_bucket_versioning",
                    "bucket",
                    &[("versioning_configuration.status", "\"Enabled\"")],
                )
                .instead_of(&["versioning"])
                .since_major(4),
            );
        }
    }
}
