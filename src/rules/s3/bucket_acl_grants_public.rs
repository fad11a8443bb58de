//! TFG-S3-007: ACL grants to everyone or to every AWS account.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::bucket::{PUBLIC_GRANTEES, bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-007",
    name: "bucket-acl-grants-public",
    title: "S3 bucket ACL grants access to all users or all authenticated AWS users",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &[
        "AWS-0092",
        "AVD-AWS-0092",
        "aws-s3-no-public-access-with-acl",
        "CKV2_AWS_43",
        "CKV_AWS_375",
        "AC_AWS_0211",
        "AC_AWS_0215",
    ],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.6", "NIST:AC-3", "NIST:AC-6"],
    controls: &["ACL grants to AuthenticatedUsers / WRITE_ACP / global view"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let Some(anchor) = view.anchor("aws_s3_bucket_acl") else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        // v3 inline `grant` blocks, and grants inside aws_s3_bucket_acl's access_control_policy.
        let mut grants = Vec::new();
        for s in settings(
            links,
            view,
            "grant",
            "aws_s3_bucket_acl",
            "access_control_policy",
        ) {
            if !view.external && s.instance == view.bucket {
                grants.push((s.instance, s.path.clone(), s.node));
                continue;
            }
            for (n, g) in s.node.children("grant").into_iter().enumerate() {
                grants.push((s.instance, format!("{}.grant[{n}]", s.path), g));
            }
        }
        let mut bad = Vec::new();
        let mut unknown = false;
        for (i, path, grant) in grants {
            let (uri, grantee_path) = match grant.child("grantee") {
                Some(g) => (g.get("uri"), format!("{path}.grantee[0].uri")),
                None => (grant.get("uri"), format!("{path}.uri")),
            };
            match uri {
                Some(Value::Unknown(_)) => unknown = true,
                Some(Value::String(u)) if PUBLIC_GRANTEES.contains(&&**u) => {
                    let who = if u.ends_with("AllUsers") {
                        "everyone (AllUsers)"
                    } else {
                        "every AWS account (AuthenticatedUsers)"
                    };
                    let permission = grant
                        .get("permission")
                        .or(grant.get("permissions"))
                        .map_or_else(|| "access".to_string(), |p| p.to_string());
                    bad.push((
                        i,
                        grantee_path,
                        format!("{} grants {permission} to {who}", bucket_label(bucket)),
                    ));
                }
                _ => {}
            }
        }
        cx.settle(anchor, unknown, bad);
    }
}
