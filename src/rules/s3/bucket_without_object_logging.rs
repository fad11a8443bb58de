//! TFG-S3-019: no CloudTrail data events for the bucket's objects.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::finding::Severity;
use crate::link::Links;
use crate::model::value::Value;
use crate::rules::common::bucket::bucket_label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-019",
    name: "bucket-without-object-logging",
    title: "S3 bucket object reads and writes are not logged by CloudTrail",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &[
        "AWS-0172",
        "AVD-AWS-0172",
        "AWS-0171",
        "AVD-AWS-0171",
        "aws-s3-enable-object-read-logging",
        "aws-s3-enable-object-write-logging",
        "a8fc2180-b3ac-4c93-bd0d-a55b974e4b07",
        "FG_R00355",
        "FG_R00354",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "NIST:AU-2",
        "NIST:AU-12",
        "CIS-AWS:3.8",
        "CIS-AWS:3.9",
    ],
    controls: &["Object-level (data event) CloudTrail logging read/write"],
    resources: &["aws_s3_bucket", "aws_cloudtrail"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-019.md"),
    check,
};

/// What the trails of a root log as S3 data events: every bucket, some bucket names, or
/// something unknown.
#[derive(Default)]
struct Coverage<'w> {
    all: bool,
    /// A set: every bucket of the root looks its name up.
    names: HashSet<&'w str>,
    unknown: bool,
}

/// The same for every bucket of a root, so [`check`] finds it once per root: per bucket,
/// reading every trail's selectors and scanning the names list was buckets × trails.
fn coverage<'w>(links: &Links<'w>, root: &str) -> Coverage<'w> {
    let mut c = Coverage::default();
    for &t in links.in_root(root, "aws_cloudtrail") {
        let trail = links.instance(t);
        for selector in trail.node().children("event_selector") {
            for dr in selector.children("data_resource") {
                if dr.get("type").and_then(Value::as_str) != Some("AWS::S3::Object") {
                    continue;
                }
                for v in dr.get("values").and_then(Value::as_seq).unwrap_or(&[]) {
                    match v {
                        Value::String(s) if matches!(&**s, "arn:aws:s3" | "arn:aws:s3:::") => {
                            c.all = true
                        }
                        Value::String(s) => {
                            let name = s.trim_start_matches("arn:aws:s3:::");
                            c.names.insert(name.split('/').next().unwrap_or(name));
                        }
                        _ => c.unknown = true,
                    }
                }
            }
        }
        // Advanced selectors: a resources.type of AWS::S3::Object logs object events.
        for sel in trail.node().children("advanced_event_selector") {
            let s3 = sel.children("field_selector").iter().any(|f| {
                f.get("field").and_then(Value::as_str) == Some("resources.type")
                    && f.get("equals")
                        .and_then(Value::as_seq)
                        .is_some_and(|e| e.iter().any(|x| x.as_str() == Some("AWS::S3::Object")))
            });
            if s3 {
                c.all = true;
            }
        }
    }
    c
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let mut by_root: HashMap<&str, Coverage> = HashMap::default();
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let cov = by_root
            .entry(&bucket.root)
            .or_insert_with(|| coverage(links, &bucket.root));
        let name = bucket.node().get("bucket");
        let named = name
            .and_then(Value::as_str)
            .is_some_and(|n| cov.names.contains(n));
        if cov.all || named {
            cx.pass(view.bucket);
        } else if cov.unknown || name.is_some_and(Value::is_unknown) && !cov.names.is_empty() {
            cx.undecided(view.bucket);
        } else {
            cx.report(
                view.bucket,
                "",
                format!(
                    "{} is not covered by any trail's S3 data events",
                    bucket_label(bucket)
                ),
            );
        }
    }
}
