//! Shared by the S3 rules: a bucket's settings, read from the bucket's own (provider v3)
//! arguments and from the companion `aws_s3_bucket_*` resources linked to it.

use crate::link::policy::{self, Policy};
use crate::link::{BucketView, Links};
use crate::model::Instance;
use crate::model::access::Node;
use crate::model::value::Value;

/// A setting and where it is written: the instance holding it and the path inside it.
pub struct Setting<'w> {
    pub instance: usize,
    pub path: String,
    pub node: Node<'w>,
}

/// How to name a bucket in messages: its `bucket` argument, else its address. For an
/// external view's anchor (a companion), the `bucket` argument names the bucket too.
pub fn bucket_label(inst: &Instance) -> String {
    match inst.node().get("bucket").and_then(Value::as_str) {
        Some(name) => format!("bucket `{name}`"),
        None if inst.rtype != "aws_s3_bucket" => format!("the bucket of `{}`", inst.address),
        None => format!("bucket `{}`", inst.address),
    }
}

/// The blocks of kind `inline` on the bucket itself, and the `(companion, block)` blocks of
/// each linked companion resource (`block` empty: the companion itself).
pub fn settings<'w>(
    links: &Links<'w>,
    view: &BucketView,
    inline: &str,
    companion: &str,
    block: &str,
) -> Vec<Setting<'w>> {
    let mut out = Vec::new();
    let bucket = links.instance(view.bucket);
    // An external view has no bucket of its own to read inline settings from.
    let inline = if view.external { "" } else { inline };
    for (n, node) in bucket.node().children(inline).into_iter().enumerate() {
        out.push(Setting {
            instance: view.bucket,
            path: format!("{inline}[{n}]"),
            node,
        });
    }
    for &c in view.of(companion) {
        let inst = links.instance(c);
        if block.is_empty() {
            out.push(Setting {
                instance: c,
                path: String::new(),
                node: inst.node(),
            });
        } else {
            for (n, node) in inst.node().children(block).into_iter().enumerate() {
                out.push(Setting {
                    instance: c,
                    path: format!("{block}[{n}]"),
                    node,
                });
            }
        }
    }
    out
}

/// Whether a setting's instance surely exists when the bucket does: the bucket itself, or a
/// companion whose `count`/`for_each` is known. A companion kept as one instance for an
/// unknown count (`count = var.on ? 1 : 0`) may not be created, so what it sets is no
/// evidence that the bucket complies.
pub fn certain(links: &Links, view: &BucketView, instance: usize) -> bool {
    instance == view.bucket || !links.instance(instance).keys_unknown()
}

/// An argument path inside a setting.
pub fn at(setting: &Setting, arg: &str) -> String {
    if setting.path.is_empty() {
        arg.to_string()
    } else {
        format!("{}.{arg}", setting.path)
    }
}

/// The bucket's policies: the v3 inline `policy` argument and `aws_s3_bucket_policy`
/// resources, parsed; a policy that comes from an `aws_iam_policy_document`'s `json` is read
/// from the data source's configuration.
pub fn policies(links: &Links, view: &BucketView) -> Vec<(usize, String, Policy)> {
    let mut out = Vec::new();
    let bucket = links.instance(view.bucket);
    if !view.external
        && let Some(v) = bucket.node().set("policy")
    {
        out.push((view.bucket, "policy".to_string(), parse(links, bucket, v)));
    }
    for &p in view.of("aws_s3_bucket_policy") {
        let inst = links.instance(p);
        let v = inst.node().get("policy").unwrap_or(&Value::Null);
        out.push((p, "policy".to_string(), parse(links, inst, v)));
    }
    out
}

/// Parses a policy value, following an unknown that stands for a policy document's JSON
/// ([`policy::resolve`]).
pub fn parse(links: &Links, from: &Instance, v: &Value) -> Policy {
    policy::resolve(links, from, v)
}

/// Public canned ACLs.
pub const PUBLIC_ACLS: &[&str] = &["public-read", "public-read-write", "authenticated-read"];

/// Grantee URIs that mean everyone (or every AWS account).
pub const PUBLIC_GRANTEES: &[&str] = &[
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
];
