//! AWS managed policies attached to users, groups, roles and permission sets: by ARN in
//! an attachment or `managed_policy_arns`, or through a `data "aws_iam_policy"` lookup.

use crate::model::Mode;
use crate::model::value::{Unknown, Value};
use crate::rules::Checker;
use crate::rules::common::simple::label;

/// Attachment resource types and the argument that names the policy.
const ATTACHMENTS: &[(&str, &str)] = &[
    ("aws_iam_policy_attachment", "policy_arn"),
    ("aws_iam_role_policy_attachment", "policy_arn"),
    ("aws_iam_user_policy_attachment", "policy_arn"),
    ("aws_iam_group_policy_attachment", "policy_arn"),
    (
        "aws_ssoadmin_managed_policy_attachment",
        "managed_policy_arn",
    ),
];

/// Resource types with a list of policy ARNs.
const ARN_LISTS: &[(&str, &str)] = &[
    ("aws_iam_role", "managed_policy_arns"),
    ("aws_iam_role_policy_attachments_exclusive", "policy_arns"),
    ("aws_iam_user_policy_attachments_exclusive", "policy_arns"),
    ("aws_iam_group_policy_attachments_exclusive", "policy_arns"),
];

/// Whether a policy ARN names the AWS managed policy `name`: `Some(true)` when it does,
/// `None` when it is not known before apply. An ARN built from the partition
/// (`"arn:${data.aws_partition.current.partition}:iam::aws:policy/NAME"`) is known by its end.
fn names(cx: &Checker, from: &crate::model::Instance, v: &Value, name: &str) -> Option<bool> {
    let suffix = format!(":iam::aws:policy/{name}");
    match v {
        Value::String(s) => Some(s.ends_with(&suffix)),
        Value::Unknown(u @ Unknown::Template { .. }) => match u.known_suffix() {
            Some(end) if end.ends_with(&suffix) => Some(true),
            // The known end names another policy.
            Some(end) if end.contains('/') => Some(false),
            _ => None,
        },
        // `data.aws_iam_policy.x.arn`: the lookup's name or ARN says which policy;
        // `aws_iam_policy.x.arn`: a policy of this configuration, never an AWS managed one.
        Value::Unknown(Unknown::Attribute { resource, path }) if &**path == "arn" => {
            let links = cx.links;
            let i = links.by_address(from, resource)?;
            let target = links.instance(i);
            if target.rtype != "aws_iam_policy" {
                return None;
            }
            match target.mode {
                Mode::Data => lookup_names(target, name),
                // A policy this configuration creates is a customer managed policy: its ARN
                // holds the account id, never `aws`.
                Mode::Managed => Some(false),
            }
        }
        _ => None,
    }
}

/// Whether a `data "aws_iam_policy"` looks up the AWS managed policy `name`.
fn lookup_names(data: &crate::model::Instance, name: &str) -> Option<bool> {
    let node = data.node();
    if let Some(n) = node.set("name") {
        return n.as_str().map(|n| n == name);
    }
    match node.set("arn") {
        Some(Value::String(s)) => Some(s.ends_with(&format!(":iam::aws:policy/{name}"))),
        Some(Value::Unknown(u)) => u
            .known_suffix()
            .map(|end| end.ends_with(&format!(":iam::aws:policy/{name}"))),
        _ => None,
    }
}

/// Reports every attachment of the AWS managed policy `name`, and, in a root that attaches it
/// nowhere, every lookup of it (its ARN goes somewhere this scan does not see).
pub fn check_attached(cx: &mut Checker, name: &str, problem: &str) {
    let mut used_lookups = Vec::new();
    // A lookup by ARN gives its ARN as a known string: an attachment of the policy in the
    // root may be using it.
    let mut attached: Vec<&str> = Vec::new();
    for &(rtype, arg) in ATTACHMENTS {
        for (i, inst) in cx.resources(rtype) {
            let Some(v) = inst.node().set(arg) else {
                cx.pass(i);
                continue;
            };
            note_lookup(cx, inst, v, &mut used_lookups);
            match names(cx, inst, v, name) {
                Some(true) => {
                    attached.push(&inst.root);
                    cx.report(
                        i,
                        arg,
                        format!(
                            "{} attaches the AWS managed policy {name}: {problem}",
                            label(inst)
                        ),
                    );
                }
                Some(false) => cx.pass(i),
                None => cx.undecided(i),
            }
        }
    }
    for &(rtype, arg) in ARN_LISTS {
        for (i, inst) in cx.resources(rtype) {
            let Some(v) = inst.node().set(arg) else {
                cx.pass(i);
                continue;
            };
            let items: Vec<Value> = match v {
                Value::List(items) | Value::Set(items) => items.to_vec(),
                Value::Unknown(_) => {
                    cx.undecided(i);
                    continue;
                }
                other => vec![other.clone()],
            };
            let mut unknown = false;
            let mut found = false;
            for item in &items {
                note_lookup(cx, inst, item, &mut used_lookups);
                match names(cx, inst, item, name) {
                    Some(true) => found = true,
                    Some(false) => {}
                    None => unknown = true,
                }
            }
            if found {
                attached.push(&inst.root);
                cx.report(
                    i,
                    arg,
                    format!(
                        "{} attaches the AWS managed policy {name}: {problem}",
                        label(inst)
                    ),
                );
            } else if unknown {
                cx.undecided(i);
            } else {
                cx.pass(i);
            }
        }
    }
    let links = cx.links;
    for (i, data) in links.instances() {
        if attached.contains(&&*data.root)
            || data.mode != Mode::Data
            || data.rtype != "aws_iam_policy"
            || used_lookups.contains(&i)
        {
            continue;
        }
        if lookup_names(data, name) == Some(true) {
            cx.report(
                i,
                "",
                format!(
                    "`{}` looks up the AWS managed policy {name}, which nothing here attaches (it is used elsewhere): {problem}",
                    data.address
                ),
            );
        }
    }
}

/// Records the `data "aws_iam_policy"` a value reads its ARN from.
fn note_lookup(cx: &Checker, from: &crate::model::Instance, v: &Value, used: &mut Vec<usize>) {
    if let Value::Unknown(Unknown::Attribute { resource, .. }) = v
        && let Some(i) = cx.links.by_address(from, resource)
    {
        used.push(i);
    }
}
