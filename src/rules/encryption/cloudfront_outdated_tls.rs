//! TFG-ENC-030: CloudFront distribution allows TLS older than 1.2.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-030",
    name: "cloudfront-outdated-tls",
    title: "CloudFront distribution allows TLS older than 1.2",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0013",
        "AVD-AWS-0013",
        "aws-cloudfront-use-secure-tls-policy",
        "CKV_AWS_174",
        "00e5e55e-c2ff-46b3-a757-a7a1cd802456",
        "AC_AWS_0023",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-13"],
    controls: &["CloudFront minimum TLS 1.2"],
    resources: &["aws_cloudfront_distribution"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-030.md"),
    check,
};

/// TLS 1.2 or newer as the minimum: every `TLSv1.2_*` policy (`_2018`, `_2019`, `_2021`,
/// `_2025`) and `TLSv1.3_*`. The years differ in the ciphers they keep, not in the oldest
/// protocol version they accept.
fn modern(policy: &str) -> bool {
    policy.starts_with("TLSv1.3") || policy.starts_with("TLSv1.2_")
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_cloudfront_distribution") {
        // `viewer_certificate` is required: without it the configuration is incomplete.
        let Some(cert) = inst.node().child("viewer_certificate") else {
            cx.undecided(i);
            continue;
        };
        let default_cert = flag(cert.get("cloudfront_default_certificate"));
        if default_cert == Flag::True {
            cx.report(
                i,
                "viewer_certificate[0].cloudfront_default_certificate",
                format!(
                    "{} sets `cloudfront_default_certificate = true`: the *.cloudfront.net certificate always accepts TLSv1",
                    label(inst)
                ),
            );
            continue;
        }
        match cert.get("minimum_protocol_version") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(v)) if modern(v) => {
                // With the default certificate the version would be ignored.
                if default_cert == Flag::Unknown {
                    cx.undecided(i);
                } else {
                    cx.pass(i);
                }
            }
            Some(Value::String(v)) => cx.report(
                i,
                "viewer_certificate[0].minimum_protocol_version",
                format!(
                    "{} sets `minimum_protocol_version = \"{v}\"`, older than TLS 1.2",
                    label(inst)
                ),
            ),
            _ => cx.report(
                i,
                "viewer_certificate[0]",
                format!(
                    "{} does not set `minimum_protocol_version` (default \"TLSv1\")",
                    label(inst)
                ),
            ),
        }
    }
}
