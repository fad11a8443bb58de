//! Code several compute rules share: where an instance's settings come from a launch
//! template, and the account's instance metadata defaults.

use crate::link::Target;
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::Checker;

/// Whether `inst` (an `aws_instance`) is launched from a launch template: `None` when it
/// has no `launch_template` block, else whether the template is one of the configuration
/// (`Some(true)`: its settings are judged on the template itself) or not known here
/// (`Some(false)`).
pub fn launch_template(cx: &Checker, inst: &Instance) -> Option<bool> {
    let lt = inst.node().child("launch_template")?;
    let mut declared = false;
    for arg in ["id", "name"] {
        if let Some(v) = lt.set(arg) {
            match cx.links.resolve(inst, v, &["aws_launch_template"]) {
                Target::Instance(_) => declared = true,
                Target::Unknown | Target::External => {}
            }
            if let Value::String(name) = v
                && cx
                    .links
                    .in_root(&inst.root, "aws_launch_template")
                    .iter()
                    .any(|&t| {
                        cx.links
                            .instance(t)
                            .node()
                            .get("name")
                            .and_then(Value::as_str)
                            == Some(name)
                    })
            {
                declared = true;
            }
        }
    }
    Some(declared)
}

/// The account default for `http_tokens` that the configuration sets with
/// `aws_ec2_instance_metadata_defaults` in `inst`'s root, when it is known.
pub fn account_http_tokens<'a>(cx: &Checker<'a>, inst: &Instance) -> Option<&'a str> {
    cx.links
        .in_root(&inst.root, "aws_ec2_instance_metadata_defaults")
        .iter()
        .find_map(|&d| {
            cx.links
                .instance(d)
                .node()
                .get("http_tokens")
                .and_then(Value::as_str)
        })
}

/// Whether a `data "aws_ami"` lookup is limited to known owners: a non-empty `owners`, or a
/// `filter` on `owner-id`, `owner-alias` or `image-id` (one image). `None` when `owners` or
/// a filter's name is unknown before apply.
pub fn ami_owner_restricted(inst: &Instance) -> Option<bool> {
    let node = inst.node();
    match node.get("owners") {
        Some(Value::List(o) | Value::Set(o)) if !o.is_empty() => return Some(true),
        Some(Value::Unknown(_)) => return None,
        _ => {}
    }
    let mut unknown = false;
    for f in node.children("filter") {
        match f.get("name") {
            Some(Value::String(n))
                if ["owner-id", "owner-alias", "image-id"].contains(&n.as_ref()) =>
            {
                return Some(true);
            }
            Some(Value::Unknown(_)) => unknown = true,
            _ => {}
        }
    }
    if unknown { None } else { Some(false) }
}

/// The first `filter` on `name` of a `data "aws_ami"` whose values hold a pattern (`*` or
/// `?`): its index and the pattern.
pub fn ami_wildcard_name(inst: &Instance) -> Option<(usize, String)> {
    inst.node()
        .children("filter")
        .iter()
        .enumerate()
        .find_map(|(k, f)| {
            if f.get("name").and_then(Value::as_str) != Some("name") {
                return None;
            }
            let values = f.get("values")?.as_seq()?;
            values
                .iter()
                .filter_map(Value::as_str)
                .find(|v| v.contains(['*', '?']))
                .map(|v| (k, v.to_string()))
        })
}
