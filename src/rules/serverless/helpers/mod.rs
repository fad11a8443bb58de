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
