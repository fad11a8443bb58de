//! TFG-S3-013: default encryption without a customer managed KMS key.

use super::helpers::bucket_encryption::defaults;
use super::helpers::log_targets::log_targets;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::bucket::bucket_label;
use crate::rules::common::kms::{Key, key};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-013",
    name: "bucket-without-kms-encryption",
    title: "S3 bucket default encryption does not use a customer managed KMS key",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &[
        "AWS-0132",
        "AVD-AWS-0132",
        "aws-s3-encryption-customer-key",
        "CKV_AWS_145",
        "AC_AWS_0207",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28(1)", "NIST:SC-12"],
    controls: &["Bucket encryption uses KMS CMK"],
    resources: &[
        "aws_s3_bucket",
        "aws_s3_bucket_server_side_encryption_configuration",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // Server access log and load balancer log delivery support only SSE-S3: a customer
    // managed key is not possible there, so those buckets are not judged.
    let targets = log_targets(links);
    for view in &links.buckets {
        if targets.contains(&view.bucket) {
            continue;
        }
        let bucket = links.instance(view.bucket);
        let rules = defaults(cx, view);
        if rules.is_empty() {
            // No configuration at all is TFG-S3-012's finding; SSE-S3 is then in effect.
            cx.report(
                view.bucket,
                "",
                format!(
                    "{} uses S3-managed keys (no KMS default encryption)",
                    bucket_label(bucket)
                ),
            );
            continue;
        }
        for (i, path, d) in rules {
            let from = links.instance(i);
            let kms_key = match d.set("kms_master_key_id") {
                None => Key::Unset,
                some => key(cx, from, some),
            };
            match (d.get("sse_algorithm"), kms_key) {
                (Some(Value::Unknown(_)), _) | (_, Key::Unknown) => cx.undecided(i),
                (Some(Value::String(a)), Key::Customer) if a.starts_with("aws:kms") => {
                    cx.pass(view.bucket)
                }
                (Some(Value::String(a)), Key::AwsManaged(k)) if a.starts_with("aws:kms") => cx
                    .report(
                        i,
                        &format!("{path}.kms_master_key_id"),
                        format!(
                            "{} uses KMS with the AWS managed key \"{k}\"",
                            bucket_label(bucket)
                        ),
                    ),
                (Some(Value::String(a)), Key::Unset) if a.starts_with("aws:kms") => cx.report(
                    i,
                    &path,
                    format!(
                        "{} uses KMS with the AWS managed key (no kms_master_key_id)",
                        bucket_label(bucket)
                    ),
                ),
                (alg, _) => cx.report(
                    i,
                    &format!("{path}.sse_algorithm"),
                    format!(
                        "{} encrypts with {} instead of a customer managed KMS key",
                        bucket_label(bucket),
                        alg.map_or("an unset algorithm".to_string(), |a| a.to_string())
                    ),
                ),
            }
        }
    }
}
