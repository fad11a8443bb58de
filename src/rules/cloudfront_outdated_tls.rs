//! TFG-ENC-030: cloudFront distribution allows TLS older than 1.2.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

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
    doc: include_str!("../../rules/TFG-ENC-030.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    const MODERN: &[&str] = &["TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3"];
    for (i, inst) in cx.resources("aws_cloudfront_distribution") {
        let Some(cert) = inst.node().child("viewer_certificate") else {
            cx.undecided(i);
            continue;
        };
        if flag(cert.get("cloudfront_default_certificate")) == Flag::True {
            cx.report(
                i,
                "viewer_certificate[0].cloudfront_default_certificate",
                format!(
                    "{} uses the default CloudFront certificate, which allows TLSv1",
                    label(inst)
                ),
            );
            continue;
        }
        match cert.get("minimum_protocol_version") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(v)) if MODERN.contains(&&**v) => cx.pass(i),
            Some(Value::String(v)) => cx.report(
                i,
                "viewer_certificate[0].minimum_protocol_version",
                format!(
                    "{} sets `minimum_protocol_version = \"{v}\"` (older than TLSv1.2_2019)",
                    label(inst)
                ),
            ),
            _ => cx.report(
                i,
                "viewer_certificate[0]",
                format!(
                    "{} does not set `minimum_protocol_version` (default TLSv1)",
                    label(inst)
                ),
            ),
        }
    }
}
