//! TFG-ENC-029: CloudFront distribution allows plain HTTP viewers.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-029",
    name: "cloudfront-allows-http",
    title: "CloudFront distribution allows plain HTTP viewers",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0012",
        "AVD-AWS-0012",
        "aws-cloudfront-enforce-https",
        "CKV_AWS_34",
        "55af1353-2f62-4fa0-a8e1-a210ca2708f5",
        "FG_R00011",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["CloudFront viewer protocol HTTPS only"],
    resources: &["aws_cloudfront_distribution"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-029.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check_fix(
        cx,
        &["aws_cloudfront_distribution"],
        "default_cache_behavior.viewer_protocol_policy",
        Expect::OneOf {
            allowed: &["redirect-to-https", "https-only"],
            default: None,
        },
        "viewers can use plain HTTP",
        Some((Safety::Safe, "\"redirect-to-https\"")),
    );
    setting::check_fix(
        cx,
        &["aws_cloudfront_distribution"],
        "?ordered_cache_behavior.viewer_protocol_policy",
        Expect::OneOf {
            allowed: &["redirect-to-https", "https-only"],
            default: None,
        },
        "viewers can use plain HTTP",
        Some((Safety::Safe, "\"redirect-to-https\"")),
    );
}
