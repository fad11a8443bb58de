//! Code several container rules share: reading the JSON documents ECS task definitions and
//! Batch job definitions hold (`container_definitions`, `container_properties`) and judging
//! each container in them.

use crate::link::policy::template_document;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::{Object, Unknown, Value};
use crate::rules::Checker;

/// A JSON document argument, as far as it is known before apply.
pub enum Json {
    /// Not set.
    Absent,
    /// Not known before apply (a variable without a value, a template with holes that is
    /// not JSON we can read, a file that was not read).
    Unknown,
    /// The decoded document; parts of it may still be unknown (`jsonencode` of a value with
    /// unknown parts keeps the known structure).
    Known(Value),
}

/// Reads a JSON document argument: a string (what `jsonencode`, `file` and heredocs give)
/// decoded, or `jsonencode` of a value with unknown parts kept as that value.
pub fn json_arg(v: Option<&Value>) -> Json {
    match v {
        None | Some(Value::Null) => Json::Absent,
        Some(Value::String(text)) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(json) => Json::Known(Value::from_json(&json)),
            // Not JSON: the provider rejects it; nothing to judge.
            Err(_) => Json::Unknown,
        },
        Some(Value::Unknown(Unknown::Encoded { value })) => Json::Known(value.as_ref().clone()),
        // A heredoc or template with interpolations: its JSON structure, the interpolated
        // parts unknown.
        Some(Value::Unknown(Unknown::Template { text, holes })) => {
            match template_document(text, holes) {
                Some(v) => Json::Known(v),
                None => Json::Unknown,
            }
        }
        Some(_) => Json::Unknown,
    }
}

/// What one container's setting says.
pub enum Judged {
    Fine,
    Unknown,
    /// The key the problem is at (`privileged`) and what is wrong, said after "container
    /// `name`": "runs privileged".
    Bad(&'static str, String),
}

/// A container's boolean key as Terraform and ECS read it (`"true"` converts).
pub fn bool_key(c: &Object, key: &str) -> Flag {
    flag(c.fields.get(key))
}

/// The name a container goes by in messages: its `name`, else its place in the list (a
/// name known only after apply, `"web-${var.env}"`, is still a container).
pub fn container_name(c: &Object, k: usize) -> String {
    c.fields
        .get("name")
        .and_then(Value::as_str)
        .map_or_else(|| format!("number {}", k + 1), |n| format!("`{n}`"))
}

/// Judges every container of every `aws_ecs_task_definition`'s `container_definitions` with
/// `judge`; a finding per bad container, at `container_definitions[k].<key>`.
pub fn check_ecs_containers(cx: &mut Checker, judge: impl Fn(&Object) -> Judged) {
    check_ecs_containers_unless(cx, |_| Some(false), judge);
}

/// [`check_ecs_containers`] for the task definitions `exempt` does not set apart:
/// `Some(true)` passes the definition, `None` leaves it undecided.
pub fn check_ecs_containers_unless(
    cx: &mut Checker,
    exempt: impl Fn(&Instance) -> Option<bool>,
    judge: impl Fn(&Object) -> Judged,
) {
    for (i, inst) in cx.resources("aws_ecs_task_definition") {
        match exempt(inst) {
            Some(true) => {
                cx.pass(i);
                continue;
            }
            None => {
                cx.undecided(i);
                continue;
            }
            Some(false) => {}
        }
        let doc = match json_arg(inst.node().get("container_definitions")) {
            Json::Absent => {
                cx.pass(i);
                continue;
            }
            Json::Unknown => {
                cx.undecided(i);
                continue;
            }
            Json::Known(v) => v,
        };
        let Some(list) = doc.as_seq() else {
            cx.undecided(i);
            continue;
        };
        let (unknown, findings) = judge_containers(i, inst, list, "container_definitions", &judge);
        cx.settle(i, unknown, findings);
    }
}

/// Judges a list of container objects; returns whether something was unknown and the
/// findings (instance, path, message).
pub fn judge_containers(
    i: usize,
    inst: &Instance,
    list: &[Value],
    arg: &str,
    judge: &impl Fn(&Object) -> Judged,
) -> (bool, Vec<(usize, String, String)>) {
    let mut unknown = false;
    let mut findings = Vec::new();
    for (k, container) in list.iter().enumerate() {
        let Some(c) = container.as_object() else {
            unknown |= container.is_unknown();
            continue;
        };
        match judge(c) {
            Judged::Fine => {}
            Judged::Unknown => unknown = true,
            Judged::Bad(key, why) => findings.push((
                i,
                format!("{arg}[{k}].{key}"),
                format!(
                    "{} has container {} that {why}",
                    label(inst),
                    container_name(c, k)
                ),
            )),
        }
    }
    (unknown, findings)
}

/// How to name a resource in messages: a task definition by its `family`, a node group by
/// its `node_group_name`, anything else as [`crate::rules::common::simple::label`] does.
pub fn label(inst: &Instance) -> String {
    for key in ["family", "node_group_name"] {
        if let Some(n) = inst.node().get(key).and_then(Value::as_str) {
            return format!("{} `{n}`", inst.rtype);
        }
    }
    crate::rules::common::simple::label(inst)
}

/// Whether a task definition runs Windows containers (`runtime_platform`
/// `operating_system_family` `WINDOWS_*`): `None` when that is unknown.
pub fn windows(inst: &Instance) -> Option<bool> {
    let Some(platform) = inst.node().child("runtime_platform") else {
        return Some(false);
    };
    match platform.get("operating_system_family") {
        Some(Value::String(s)) => Some(s.starts_with("WINDOWS")),
        None | Some(Value::Null) => Some(false),
        Some(_) => None,
    }
}
