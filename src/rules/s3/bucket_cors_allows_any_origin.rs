//! TFG-S3-018: a CORS rule that allows any origin.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::bucket::{at, bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-018",
    name: "bucket-cors-allows-any-origin",
    title: "S3 bucket CORS rule allows any origin",
    severity: Severity::Medium,
    area: Area::S3,
    aliases: &["98a8f708-121b-455b-ae2f-da3fb59d17e1"],
    compliance: &["SOC2:CC6.6", "NIST:AC-4", "NIST:SC-7"],
    controls: &["Unsecured CORS rule (AllowedOrigins *)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_cors_configuration"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let Some(anchor) = view.anchor("aws_s3_bucket_cors_configuration") else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        let rules = settings(
            links,
            view,
            "cors_rule",
            "aws_s3_bucket_cors_configuration",
            "cors_rule",
        );
        let (mut bad, mut unknown) = (Vec::new(), false);
        for s in &rules {
            match s.node.get("allowed_origins") {
                Some(Value::List(o) | Value::Set(o)) => {
                    if o.iter().any(Value::is_unknown) {
                        unknown = true;
                    }
                    if o.iter().any(|v| v.as_str() == Some("*")) {
                        let methods = s
                            .node
                            .get("allowed_methods")
                            .map_or_else(String::new, |m| format!(" for {m}"));
                        bad.push((s.instance, at(s, "allowed_origins"), methods));
                    }
                }
                Some(Value::Unknown(_)) => unknown = true,
                _ => {}
            }
        }
        let label = bucket_label(bucket);
        let bad = bad
            .into_iter()
            .map(|(i, path, methods)| {
                (
                    i,
                    path,
                    format!(
                        "{label} allows cross-origin requests from any origin (\"*\"){methods}"
                    ),
                )
            })
            .collect();
        cx.settle(anchor, unknown, bad);
    }
}
