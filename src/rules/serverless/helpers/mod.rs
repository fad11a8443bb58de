//! Shared by the serverless rules: naming Lambda functions and API Gateway resources in
//! messages, reading strings that may be unknown, and the indexes that relate two resource
//! types (built once per rule run, never a scan of all resources per instance).

pub mod index;

use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::common::simple::label as common_label;

/// How to name a serverless resource in messages: a function's `function_name`, else the
/// common label (`name`, ..., else the address).
pub fn label(inst: &Instance) -> String {
    if inst.rtype == "aws_lambda_function"
        && let Some(n) = inst.node().get("function_name").and_then(Value::as_str)
    {
        return format!("{} `{n}`", inst.rtype);
    }
    common_label(inst)
}

/// What a string argument holds.
pub enum Text<'a> {
    /// Not set, or null.
    Unset,
    /// Not known before apply.
    Unknown,
    Known(&'a str),
}

/// Reads a string argument (numbers and booleans count as their text).
pub fn text<'a>(inst: &'a Instance, arg: &str) -> Text<'a> {
    text_of(inst.node().get(arg))
}

/// [`text`] of a value already read.
pub fn text_of(v: Option<&Value>) -> Text<'_> {
    match v {
        None | Some(Value::Null) => Text::Unset,
        Some(Value::Unknown(_)) => Text::Unknown,
        Some(Value::String(s)) => Text::Known(s),
        Some(_) => Text::Unknown,
    }
}

/// Whether an argument holds a value: `Some(true)` for a non-empty known value or one the
/// provider computes from another resource (`aws_kms_key.k.arn`, a template such as
/// `"${aws_sns_topic.t.arn}:x"`: never null), `Some(false)` for an unset, null or empty
/// one, `None` when it may still be null (a variable without a value).
pub fn is_set(v: Option<&Value>) -> Option<bool> {
    use crate::model::value::Unknown;
    match v {
        None | Some(Value::Null) => Some(false),
        Some(Value::String(s)) => Some(!s.is_empty()),
        Some(Value::Unknown(
            Unknown::Attribute { .. } | Unknown::Text | Unknown::Template { .. },
        )) => Some(true),
        Some(Value::Unknown(_)) => None,
        Some(Value::List(items) | Value::Set(items)) => Some(!items.is_empty()),
        Some(_) => Some(true),
    }
}

/// Reports resources of `rtype` whose boolean `arg` (default false) is not true.
pub fn check_flag(cx: &mut crate::rules::Checker, rtype: &str, arg: &str, problem: &str) {
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources(rtype) {
        match flag(inst.node().get(arg)) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                arg,
                format!("{} sets `{arg} = false`: {problem}", label(inst)),
            ),
            Flag::Unset => cx.report(
                i,
                "",
                format!(
                    "{} does not set `{arg}` (default false): {problem}",
                    label(inst)
                ),
            ),
        }
    }
}
