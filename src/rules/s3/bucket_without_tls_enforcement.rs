//! TFG-S3-009: no policy statement denies requests without TLS.

use crate::finding::Severity;
use crate::link::policy::{Effect, Policy};
use crate::rules::common::bucket::{bucket_label, policies};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-009",
    name: "bucket-without-tls-enforcement",
    title: "S3 bucket policy does not deny requests without TLS",
    severity: Severity::Medium,
    area: Area::S3,
    aliases: &["4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9", "FG_R00100"],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)", "CIS-AWS:2.1.1"],
    controls: &["Bucket policy denies non-TLS (aws:SecureTransport)"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let mut unknown = false;
        let mut enforced = false;
        for (_, _, policy) in policies(links, view) {
            match policy {
                Policy::Unknown => unknown = true,
                Policy::Invalid(_) => {}
                Policy::Statements(statements) => {
                    enforced |= statements.iter().any(|s| {
                        s.effect == Effect::Deny
                            && s.conditions.iter().any(|c| {
                                c.key.eq_ignore_ascii_case("aws:SecureTransport")
                                    && c.test.to_ascii_lowercase().starts_with("bool")
                                    && c.values.iter().any(|v| v.eq_ignore_ascii_case("false"))
                            })
                    });
                }
            }
        }
        if enforced {
            cx.pass(view.bucket);
        } else if unknown || links.has_unlinked(bucket, "aws_s3_bucket_policy") {
            cx.undecided(view.bucket);
        } else {
            cx.report(view.bucket, "", format!("{} has no policy statement denying requests without TLS (aws:SecureTransport = false)", bucket_label(bucket)));
        }
    }
}
