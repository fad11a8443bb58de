//! Shared by the CloudTrail rules: a trail's bucket, and simple setting checks.

use crate::finding::remedy::{Remedy, Safety};
use crate::link::Target;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::{Unknown, Value};
use crate::rules::Checker;

/// How to name a trail in messages.
pub fn trail_label(inst: &Instance) -> String {
    match inst.node().get("name").and_then(Value::as_str) {
        Some(name) => format!("trail `{name}`"),
        None => format!("trail `{}`", inst.address),
    }
}

/// The bucket a trail delivers to, when it is in the scanned configuration.
pub fn trail_bucket(cx: &Checker, trail: usize) -> Target {
    let inst = cx.links.instance(trail);
    let name = inst
        .node()
        .get("s3_bucket_name")
        .cloned()
        .unwrap_or(Value::Null);
    cx.links.resolve(inst, &name, &["aws_s3_bucket"])
}

/// The trail's bucket and its view, or `None` (recorded as undecided) when the bucket is
/// not in the scanned configuration.
pub fn trail_bucket_view<'w>(
    cx: &mut Checker<'w>,
    trail: usize,
) -> Option<(usize, &'w crate::link::BucketView)> {
    let links = cx.links;
    let view = match trail_bucket(cx, trail) {
        Target::Instance(b) => links.bucket_view(b).map(|v| (b, v)),
        Target::Unknown | Target::External => None,
    };
    if view.is_none() {
        // A bucket managed elsewhere cannot be judged from here.
        cx.undecided(trail);
    }
    view
}

/// A boolean trail setting that must be `want`; `default` is the provider default.
pub fn check_flag(cx: &mut Checker, arg: &str, default: bool, problem: &str) {
    for (i, inst) in cx.resources("aws_cloudtrail") {
        let label = trail_label(inst);
        match flag(inst.node().get(arg)) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::Unset if default => cx.pass(i),
            Flag::Unset => cx.report_fix(
                i,
                "",
                format!("{label} does not set `{arg}` (default false): {problem}"),
                Remedy::set(Safety::Safe, arg, "true"),
            ),
            Flag::False => cx.report_fix(
                i,
                arg,
                format!("{label} sets `{arg} = false`: {problem}"),
                Remedy::set(Safety::Safe, arg, "true"),
            ),
        }
    }
}

/// An argument that must be set (a key, a log group, a topic). `kinds` are the resource types
/// it names: a reference to an attribute (`arn`, `id`, `name`) of one of them in the
/// configuration, or a template with known text around its unknown parts
/// (`"${aws_cloudwatch_log_group.lg.arn}:*"`), is set although its value is known only after
/// apply.
pub fn check_set(cx: &mut Checker, arg: &str, kinds: &[&str], problem: &str) {
    for (i, inst) in cx.resources("aws_cloudtrail") {
        let label = trail_label(inst);
        match inst.node().get(arg) {
            Some(Value::Unknown(u)) if present(cx, inst, u, kinds) => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(s)) if !s.is_empty() => cx.pass(i),
            Some(Value::Null | Value::String(_)) | None => {
                cx.report(i, "", format!("{label} does not set `{arg}`: {problem}"))
            }
            Some(_) => cx.pass(i),
        }
    }
}

/// Whether an unknown value is known to be set (not null, not empty) to something of `kinds`.
fn present(cx: &Checker, from: &Instance, u: &Unknown, kinds: &[&str]) -> bool {
    match u {
        Unknown::Attribute { resource, path } => {
            matches!(&**path, "arn" | "id" | "name")
                && cx
                    .links
                    .by_address(from, resource)
                    .is_some_and(|k| kinds.contains(&cx.links.instance(k).rtype.as_str()))
        }
        Unknown::Template { text, .. } => !text.is_empty(),
        _ => false,
    }
}
