//! TFG-S3-011: no server access logging.

use crate::finding::Severity;
use crate::link::Target;
use crate::model::value::Value;
use crate::rules::common::bucket::{bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-011",
    name: "bucket-access-logging-disabled",
    title: "S3 bucket server access logging is not enabled",
    severity: Severity::Medium,
    area: Area::S3,
    aliases: &[
        "AWS-0089",
        "AVD-AWS-0089",
        "aws-s3-enable-logging",
        "CKV_AWS_18",
        "f861041c-8c9f-4156-acfc-5e6e524f5884",
        "AC_AWS_0497",
        "FG_R00274",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "CIS-AWS:3.6"],
    controls: &["Server access logging enabled"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_logging"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // Buckets that receive other buckets' access logs do not need to log themselves
    // (that would log the logging).
    let mut log_targets = std::collections::HashSet::new();
    for view in &links.buckets {
        for s in settings(links, view, "logging", "aws_s3_bucket_logging", "") {
            let from = links.instance(s.instance);
            let target = s.node.get("target_bucket").cloned().unwrap_or(Value::Null);
            if let Target::Instance(t) = links.resolve(from, &target, &["aws_s3_bucket"]) {
                log_targets.insert(t);
            }
        }
    }
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let logging = settings(links, view, "logging", "aws_s3_bucket_logging", "");
        if logging
            .iter()
            .any(|s| crate::rules::common::bucket::certain(links, view, s.instance))
            || log_targets.contains(&view.bucket)
        {
            cx.pass(view.bucket);
        } else if !logging.is_empty() || links.has_unlinked(bucket, "aws_s3_bucket_logging") {
            cx.undecided(view.bucket);
        } else {
            cx.report(
                view.bucket,
                "",
                format!("{} has no server access logging", bucket_label(bucket)),
            );
        }
    }
}
