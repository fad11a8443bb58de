//! TFG-S3-015: static website hosting.

use crate::finding::Severity;
use crate::rules::common::bucket::{bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-015",
    name: "bucket-website-enabled",
    title: "S3 bucket has static website hosting enabled",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &["42bb6b7f-6d54-4428-b707-666f669d94fb", "AC_AWS_0208"],
    compliance: &["SOC2:CC6.6", "SOC2:CC6.7", "NIST:SC-7", "NIST:SC-8"],
    controls: &["Static website hosting enabled"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_website_configuration"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let sites = settings(
            links,
            view,
            "website",
            "aws_s3_bucket_website_configuration",
            "",
        );
        match sites.first() {
            None => cx.pass(view.bucket),
            Some(s) => cx.report(
                s.instance,
                &s.path,
                format!(
                    "{} serves a static website over plain HTTP",
                    bucket_label(bucket)
                ),
            ),
        }
    }
}
