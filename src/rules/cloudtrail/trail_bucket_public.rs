//! TFG-CT-005: the trail's log bucket can be public.

use super::helpers::trail::{trail_bucket_view, trail_label};
use crate::finding::Severity;
use crate::link::policy::Policy;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::bucket::{PUBLIC_ACLS, bucket_label, certain, policies};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-005",
    name: "trail-bucket-public",
    title: "CloudTrail log bucket is or can become publicly accessible",
    severity: Severity::Critical,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0161",
        "AVD-AWS-0161",
        "aws-cloudtrail-no-public-log-access",
        "bd0088a5-c133-4b20-b129-ec9968b16ef3",
        "FG_R00028",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC7.2",
        "NIST:AU-9",
        "NIST:AC-3",
        "CIS-AWS:3.3",
    ],
    controls: &["Trail S3 bucket not publicly accessible"],
    resources: &["aws_cloudtrail", "aws_s3_bucket"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (t, trail) in cx.resources("aws_cloudtrail") {
        let Some((b, view)) = trail_bucket_view(cx, t) else {
            continue;
        };
        let bucket = links.instance(b);
        let mut problems = Vec::new();
        let mut unknown = false;
        // A public access block neutralises what it covers: `ignore_public_acls` public ACLs,
        // `restrict_public_buckets` public policies. No block is not public by itself (AWS
        // blocks public access on new buckets by default; TFG-S3-001 reports the missing block).
        let blocks = view.of("aws_s3_bucket_public_access_block");
        let blocked = |setting: &str| {
            let flags: Vec<Flag> = blocks
                .iter()
                .map(|&p| match flag(links.instance(p).node().get(setting)) {
                    // A block whose count is unknown may not be created.
                    Flag::True if !certain(links, view, p) => Flag::Unknown,
                    f => f,
                })
                .collect();
            if flags.contains(&Flag::True) {
                Flag::True
            } else if flags.contains(&Flag::Unknown) {
                Flag::Unknown
            } else {
                Flag::False
            }
        };
        let (acls_ignored, policies_restricted) = (
            blocked("ignore_public_acls"),
            blocked("restrict_public_buckets"),
        );
        let acls = std::iter::once(bucket.node().set("acl"))
            .chain(
                view.of("aws_s3_bucket_acl")
                    .iter()
                    .map(|&a| links.instance(a).node().set("acl")),
            )
            .flatten();
        for acl in acls {
            match acl {
                Value::Unknown(_) => unknown = true,
                Value::String(a) if PUBLIC_ACLS.contains(&&**a) => match acls_ignored {
                    Flag::True => {}
                    Flag::Unknown => unknown = true,
                    _ => problems.push(format!("a public ACL \"{a}\"")),
                },
                _ => {}
            }
        }
        for (_, _, policy) in policies(links, view) {
            match policy {
                Policy::Unknown => unknown = true,
                Policy::Invalid(_) => {}
                Policy::Statements(s) => {
                    let public = s
                        .iter()
                        .any(|s| s.allows_public_unconditionally() == Some(true));
                    let maybe = s
                        .iter()
                        .any(|s| s.allows_public_unconditionally().is_none());
                    match policies_restricted {
                        Flag::True => {}
                        Flag::Unknown if public || maybe => unknown = true,
                        _ => {
                            if public {
                                problems.push("a policy allowing any principal".to_string());
                            }
                            unknown |= maybe;
                        }
                    }
                }
            }
        }
        if problems.is_empty() {
            if unknown {
                cx.undecided(t)
            } else {
                cx.pass(t)
            }
            continue;
        }
        cx.report(
            t,
            "s3_bucket_name",
            format!(
                "{} delivers to {}, which has {}",
                trail_label(trail),
                bucket_label(bucket),
                problems.join(" and ")
            ),
        );
    }
}
