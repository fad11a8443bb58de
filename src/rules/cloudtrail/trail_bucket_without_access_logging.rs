//! TFG-CT-006: the trail's log bucket has no access logging.

use super::helpers::trail::{trail_bucket_view, trail_label};
use crate::finding::Severity;
use crate::rules::common::bucket::{bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-006",
    name: "trail-bucket-without-access-logging",
    title: "CloudTrail log bucket has no server access logging",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0163",
        "AVD-AWS-0163",
        "aws-cloudtrail-require-bucket-access-logging",
        "ee9e50e8-b2ed-4176-ad42-8fc0cf7593f4",
        "FG_R00031",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-9", "NIST:AU-12", "CIS-AWS:3.4"],
    controls: &["Trail S3 bucket has access logging"],
    resources: &["aws_cloudtrail", "aws_s3_bucket"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (t, trail) in cx.resources("aws_cloudtrail") {
        let Some((b, view)) = trail_bucket_view(cx, t) else {
            continue;
        };
        let bucket = links.instance(b);
        if !settings(links, view, "logging", "aws_s3_bucket_logging", "").is_empty() {
            cx.pass(t);
        } else if links.has_unlinked(bucket, "aws_s3_bucket_logging") {
            cx.undecided(t);
        } else {
            cx.report(
                t,
                "s3_bucket_name",
                format!(
                    "{} delivers to {}, which has no access logging",
                    trail_label(trail),
                    bucket_label(bucket)
                ),
            );
        }
    }
}
