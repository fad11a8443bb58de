//! Which buckets the trails of a root log as S3 data events, for reads or for writes: the two
//! object-logging rules ask the same question of different events.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::link::Links;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::Checker;
use crate::rules::common::bucket::bucket_label;

/// The object events a rule asks about.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Events {
    Read,
    Write,
}

impl Events {
    fn word(self) -> &'static str {
        match self {
            Events::Read => "reads",
            Events::Write => "writes",
        }
    }
}

/// What the trails of a root log as S3 data events of one kind: every bucket, some bucket
/// names, or something unknown.
#[derive(Default)]
struct Coverage<'w> {
    all: bool,
    /// A set: every bucket of the root looks its name up.
    names: HashSet<&'w str>,
    unknown: bool,
}

/// Whether a classic selector's `read_write_type` (default `All`) logs `events`:
/// `Some(true)`, `Some(false)`, or `None` when unknown.
fn selector_logs(selector: &Node, events: Events) -> Option<bool> {
    match selector.get("read_write_type") {
        None | Some(Value::Null) => Some(true),
        Some(Value::String(t)) => Some(match &**t {
            "ReadOnly" => events == Events::Read,
            "WriteOnly" => events == Events::Write,
            _ => true,
        }),
        Some(_) => None,
    }
}

/// Whether an advanced selector's `readOnly` field lets `events` through: absent logs both,
/// `equals = ["true"]` only reads, `["false"]` only writes (`not_equals` the other way).
fn advanced_logs(selector: &Node, events: Events) -> Option<bool> {
    for f in selector.children("field_selector") {
        if f.get("field").and_then(Value::as_str) != Some("readOnly") {
            continue;
        }
        let wanted = match events {
            Events::Read => "true",
            Events::Write => "false",
        };
        for (arg, keeps) in [("equals", true), ("not_equals", false)] {
            match f.get(arg) {
                None | Some(Value::Null) => {}
                Some(Value::List(items) | Value::Set(items)) => {
                    if items.iter().any(Value::is_unknown) {
                        return None;
                    }
                    let listed = items.iter().any(|x| x.as_str() == Some(wanted));
                    if listed != keeps {
                        return Some(false);
                    }
                }
                Some(_) => return None,
            }
        }
    }
    Some(true)
}

fn coverage<'w>(links: &Links<'w>, root: &str, events: Events) -> Coverage<'w> {
    let mut c = Coverage::default();
    for &t in links.in_root(root, "aws_cloudtrail") {
        let trail = links.instance(t);
        for selector in trail.node().children("event_selector") {
            let logs = selector_logs(&selector, events);
            if logs == Some(false) {
                continue;
            }
            for dr in selector.children("data_resource") {
                if dr.get("type").and_then(Value::as_str) != Some("AWS::S3::Object") {
                    continue;
                }
                for v in dr.get("values").and_then(Value::as_seq).unwrap_or(&[]) {
                    match v {
                        _ if logs.is_none() => c.unknown = true,
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
                match advanced_logs(&sel, events) {
                    Some(true) => c.all = true,
                    Some(false) => {}
                    None => c.unknown = true,
                }
            }
        }
    }
    c
}

/// Reports every bucket whose object `events` no trail of its root logs.
pub fn check(cx: &mut Checker, events: Events) {
    let links = cx.links;
    let mut by_root: HashMap<&str, Coverage> = HashMap::default();
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let cov = by_root
            .entry(&bucket.root)
            .or_insert_with(|| coverage(links, &bucket.root, events));
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
                    "{} is not covered by any trail's S3 data events for object {}",
                    bucket_label(bucket),
                    events.word()
                ),
            );
        }
    }
}
