//! Buckets that AWS services deliver logs to: S3 server access logs (`aws_s3_bucket_logging`,
//! provider v3 inline `logging`) and load balancer access logs (`access_logs`). Log delivery
//! to them supports only SSE-S3 default encryption.

use rustc_hash::FxHashSet as HashSet;

use crate::link::{Links, Target};
use crate::model::Instance;
use crate::model::value::Value;

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
    out
}
