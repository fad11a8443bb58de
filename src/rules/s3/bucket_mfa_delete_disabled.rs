//! TFG-S3-014: versioned bucket without MFA delete (buckets without versioning are
//! TFG-S3-010's).

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::bucket::{at, bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-014",
    name: "bucket-mfa-delete-disabled",
    title: "S3 bucket does not require MFA to delete versions",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &[
        "AWS-0170",
        "AVD-AWS-0170",
        "aws-s3-require-mfa-delete",
        "c5b31ab9-0f26-4a49-b8aa-4cc064392f4d",
    ],
    compliance: &["SOC2:CC6.1", "NIST:AC-3", "NIST:IA-2(1)", "CIS-AWS:2.1.2"],
    controls: &["MFA delete enabled"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_versioning"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-014.md"),
    check,
};

/// Whether a versioning setting versions the bucket: only then is MFA delete a question.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Versioned {
    Yes,
    No,
    Unknown,
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        // (instance, path of mfa_delete, versioned, MFA delete)
        let mut states = Vec::new();
        for s in settings(links, view, "versioning", "", "") {
            let versioned = match flag(s.node.get("enabled")) {
                Flag::True => Versioned::Yes,
                Flag::Unknown => Versioned::Unknown,
                Flag::False | Flag::Unset => Versioned::No,
            };
            states.push((
                s.instance,
                at(&s, "mfa_delete"),
                versioned,
                flag(s.node.get("mfa_delete")),
            ));
        }
        for s in settings(
            links,
            view,
            "",
            "aws_s3_bucket_versioning",
            "versioning_configuration",
        ) {
            let versioned = match s.node.get("status") {
                Some(Value::String(v)) if &**v == "Enabled" => Versioned::Yes,
                Some(Value::Unknown(_)) => Versioned::Unknown,
                _ => Versioned::No,
            };
            let f = match s.node.get("mfa_delete") {
                Some(Value::Unknown(_)) => Flag::Unknown,
                Some(Value::String(v)) if &**v == "Enabled" => Flag::True,
                Some(Value::String(_)) => Flag::False,
                _ => Flag::Unset,
            };
            states.push((s.instance, at(&s, "mfa_delete"), versioned, f));
        }
        // MFA delete guards versions: on a bucket whose versioning is not enabled it protects
        // nothing, and TFG-S3-010 already reports the missing versioning. Such a bucket is not
        // judged here (never passed for an `mfa_delete` that cannot take effect).
        let versioned: Vec<_> = states
            .iter()
            .filter(|(_, _, v, _)| *v == Versioned::Yes)
            .collect();
        let maybe = states.iter().any(|(_, _, v, _)| *v == Versioned::Unknown);
        if versioned.iter().any(|(_, _, _, f)| *f == Flag::True) {
            cx.pass(view.bucket);
        } else if maybe || versioned.iter().any(|(_, _, _, f)| *f == Flag::Unknown) {
            cx.undecided(view.bucket);
        } else if let Some((i, path, _, f)) = versioned.first() {
            let path = if *f == Flag::Unset {
                path.rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string())
            } else {
                path.clone()
            };
            cx.report(
                *i,
                &path,
                format!("{} does not enable MFA delete", bucket_label(bucket)),
            );
        } else if states.is_empty() && links.has_unlinked(bucket, "aws_s3_bucket_versioning") {
            cx.undecided(view.bucket);
        }
    }
}
