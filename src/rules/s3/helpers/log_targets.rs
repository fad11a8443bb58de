//! Buckets that AWS services deliver logs to: S3 server access logs (`aws_s3_bucket_logging`,
//! provider v3 inline `logging`) and load balancer access logs (`access_logs`), and buckets
//! that admit log delivery themselves (for sources in other configurations): the
//! `log-delivery-write` canned ACL, a WRITE or FULL_CONTROL grant to the S3 LogDelivery
//! group, or a policy allowing a log delivery service `s3:PutObject`. Log delivery to them
//! supports only SSE-S3 default encryption.

use rustc_hash::FxHashSet as HashSet;

use crate::link::policy::{Effect, Policy};
use crate::link::{BucketView, Links, Target};
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::common::bucket::{policies, settings};

/// The bucket instances of the view that receive server access logs or load balancer logs.
pub fn log_targets(links: &Links) -> HashSet<usize> {
    let mut out = HashSet::default();
    let mut add = |from: &Instance, v: Option<&Value>| {
        if let Some(v) = v
            && let Target::Instance(t) = links.resolve(from, v, &["aws_s3_bucket"])
        {
            out.insert(t);
        }
    };
    for &i in links.of_type("aws_s3_bucket_logging") {
        let inst = links.instance(i);
        add(inst, inst.node().get("target_bucket"));
    }
    for &i in links.of_type("aws_s3_bucket") {
        let inst = links.instance(i);
        for l in inst.node().children("logging") {
            add(inst, l.get("target_bucket"));
        }
    }
    for t in ["aws_lb", "aws_alb", "aws_elb"] {
        for &i in links.of_type(t) {
            let inst = links.instance(i);
            for l in inst.node().children("access_logs") {
                add(inst, l.get("bucket"));
            }
        }
    }
    for view in &links.buckets {
        if admits_log_delivery(links, view) {
            out.insert(view.bucket);
        }
    }
    out
}

/// The S3 log delivery group of bucket ACLs.
const LOG_DELIVERY_GROUP: &str = "http://acs.amazonaws.com/groups/s3/LogDelivery";

/// Services that write access logs into a bucket, as named in bucket policies.
const LOG_SERVICES: &[&str] = &[
    "logging.s3.amazonaws.com",
    "logdelivery.elasticloadbalancing.amazonaws.com",
];

/// Whether the bucket's ACL or policy lets a log delivery service write to it.
fn admits_log_delivery(links: &Links, view: &BucketView) -> bool {
    let bucket = links.instance(view.bucket);
    let canned = std::iter::once(bucket.node().get("acl")).chain(
        view.of("aws_s3_bucket_acl")
            .iter()
            .map(|&a| links.instance(a).node().get("acl")),
    );
    if canned
        .flatten()
        .any(|v| v.as_str() == Some("log-delivery-write"))
    {
        return true;
    }
    let writes =
        |p: Option<&Value>| matches!(p.and_then(Value::as_str), Some("WRITE" | "FULL_CONTROL"));
    // Provider v3 inline grants: `uri` and a `permissions` list.
    let inline = bucket.node().children("grant").into_iter().any(|g| {
        g.get("uri").and_then(Value::as_str) == Some(LOG_DELIVERY_GROUP)
            && match g.get("permissions") {
                Some(Value::List(ps) | Value::Set(ps)) => ps.iter().any(|p| writes(Some(p))),
                other => writes(other),
            }
    });
    let companion = settings(
        links,
        view,
        "",
        "aws_s3_bucket_acl",
        "access_control_policy",
    )
    .iter()
    .flat_map(|acp| acp.node.children("grant"))
    .any(|g| {
        writes(g.get("permission"))
            && g.children("grantee")
                .iter()
                .any(|e| e.get("uri").and_then(Value::as_str) == Some(LOG_DELIVERY_GROUP))
    });
    inline
        || companion
        || policies(links, view).iter().any(|(_, _, p)| match p {
            Policy::Statements(st) => st.iter().any(|s| {
                s.effect == Effect::Allow
                    && s.allows_action("s3:PutObject")
                    && s.principals.as_ref().is_some_and(|ps| {
                        ps.named
                            .iter()
                            .any(|(t, id)| t == "Service" && LOG_SERVICES.contains(&id.as_str()))
                    })
            }),
            _ => false,
        })
}
