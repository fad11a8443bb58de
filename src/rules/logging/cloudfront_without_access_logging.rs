//! TFG-LOG-009: a CloudFront distribution writes no access log.

use super::helpers::related::{Key, Related, blocks_uncertain, key_of, keys};
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-009",
    name: "cloudfront-without-access-logging",
    title: "CloudFront distribution writes no access log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[
        "AWS-0010",
        "AVD-AWS-0010",
        "aws-cloudfront-enable-logging",
        "CKV_AWS_86",
        "94690d79-b3b0-43de-b656-84ebef5753e5",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["CloudFront distribution access logging"],
    resources: &["aws_cloudfront_distribution"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-009.md"),
    check,
};

const DIST: &[&str] = &["aws_cloudfront_distribution"];
const SOURCE: &[&str] = &["aws_cloudwatch_log_delivery_source"];

fn check(cx: &mut Checker) {
    // Standard logging v2: a CloudWatch Logs delivery source of the distribution's access logs.
    let links = cx.links;
    // A source delivers nothing without an `aws_cloudwatch_log_delivery` naming it.
    let deliveries = Related::build(links, &["aws_cloudwatch_log_delivery"], |d| {
        key_of(
            links,
            d,
            d.node().get("delivery_source_name"),
            SOURCE,
            |n| Some(n.to_string()),
        )
    });
    let sources = Related::build(links, SOURCE, |s| {
        match s.node().get("log_type").and_then(Value::as_str) {
            Some(t) if t != "ACCESS_LOGS" => return Key::Elsewhere,
            _ => {}
        }
        let delivered = deliveries.find(links, s, &keys(s, &["name"]));
        if delivered.certain.is_empty() {
            return if delivered.maybe {
                Key::Unknown
            } else {
                Key::Elsewhere
            };
        }
        key_of(links, s, s.node().get("resource_arn"), DIST, |_| None)
    });
    for (i, dist) in cx.resources("aws_cloudfront_distribution") {
        // A disabled distribution serves nothing.
        if flag(dist.node().get("enabled")) == Flag::False {
            cx.pass(i);
            continue;
        }
        if blocks_uncertain(dist, "logging_config") {
            cx.undecided(i);
            continue;
        }
        match dist.node().child("logging_config").map(|l| l.get("bucket")) {
            Some(Some(Value::String(b))) if !b.is_empty() => {
                cx.pass(i);
                continue;
            }
            Some(Some(Value::Unknown(_))) => {
                cx.pass(i);
                continue;
            }
            _ => {}
        }
        let v2 = sources.find(links, dist, &keys(dist, &[]));
        if !v2.certain.is_empty() {
            cx.pass(i);
        } else if v2.maybe {
            cx.undecided(i);
        } else {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `logging_config` and no CloudWatch Logs delivery source takes its access logs: requests to it leave no trace",
                    label(dist)
                ),
            );
        }
    }
}
