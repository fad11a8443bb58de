//! TFG-S3-026: a public ACL that the bucket's own public access block overrides: the
//! configuration contradicts itself.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::bucket::{
    PUBLIC_ACLS, PUBLIC_GRANTEES, at, bucket_label, certain, settings,
};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-026",
    name: "bucket-public-acl-blocked",
    title: "S3 bucket has a public ACL that its public access block overrides",
    severity: Severity::Medium,
    area: Area::S3,
    aliases: &["bf878b1a-7418-4de3-b13c-3a86cf894920"],
    compliance: &["SOC2:CC6.1", "SOC2:CC8.1", "NIST:CM-2", "NIST:AC-3"],
    controls: &["Public ACL overridden by the bucket's public access block"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_acl"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-026.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        // The bucket's own blocks that reject (`block_public_acls`) or void
        // (`ignore_public_acls`) public ACLs; one whose count is unknown may not exist.
        let mut blocking = Vec::new();
        let mut unknown_block = false;
        for &p in view.of("aws_s3_bucket_public_access_block") {
            let node = links.instance(p).node();
            for setting in ["block_public_acls", "ignore_public_acls"] {
                match flag(node.get(setting)) {
                    Flag::True if certain(links, view, p) => blocking.push(setting),
                    Flag::True | Flag::Unknown => unknown_block = true,
                    Flag::False | Flag::Unset => {}
                }
            }
        }
        let mut public = Vec::new();
        let mut unknown_acl = false;
        let mut canned = Vec::new();
        if let Some(v) = bucket.node().set("acl") {
            canned.push((view.bucket, "acl".to_string(), v));
        }
        for s in settings(links, view, "", "aws_s3_bucket_acl", "") {
            if let Some(v) = s.node.set("acl") {
                canned.push((s.instance, at(&s, "acl"), v));
            }
        }
        for (i, path, v) in canned {
            match v {
                Value::Unknown(_) => unknown_acl = true,
                Value::String(acl) if PUBLIC_ACLS.contains(&&**acl) => {
                    public.push((i, path, format!("the canned ACL \"{acl}\"")))
                }
                _ => {}
            }
        }
        for s in settings(
            links,
            view,
            "grant",
            "aws_s3_bucket_acl",
            "access_control_policy",
        ) {
            let grants: Vec<_> = if s.instance == view.bucket {
                vec![(s.path.clone(), s.node)]
            } else {
                s.node
                    .children("grant")
                    .into_iter()
                    .enumerate()
                    .map(|(n, g)| (format!("{}.grant[{n}]", s.path), g))
                    .collect()
            };
            for (path, grant) in grants {
                let (uri, uri_path) = match grant.child("grantee") {
                    Some(g) => (g.get("uri"), format!("{path}.grantee[0].uri")),
                    None => (grant.get("uri"), format!("{path}.uri")),
                };
                match uri {
                    Some(Value::Unknown(_)) => unknown_acl = true,
                    Some(Value::String(u)) if PUBLIC_GRANTEES.contains(&&**u) => {
                        let group = u.rsplit('/').next().unwrap_or(u);
                        public.push((s.instance, uri_path, format!("a grant to {group}")));
                    }
                    _ => {}
                }
            }
        }
        let label = bucket_label(bucket);
        let unknown = if blocking.is_empty() {
            !public.is_empty() && unknown_block
        } else {
            unknown_acl
        };
        let mut findings = Vec::new();
        if !blocking.is_empty() {
            let settings = blocking
                .iter()
                .map(|s| format!("`{s} = true`"))
                .collect::<Vec<_>>()
                .join(" and ");
            for (i, path, what) in public {
                findings.push((
                    i,
                    path,
                    format!("{label} has {what}, which its public access block overrides ({settings}): the ACL never takes effect, or fails to apply"),
                ));
            }
        }
        cx.settle(view.bucket, unknown, findings);
    }
}
