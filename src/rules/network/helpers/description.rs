//! Descriptions of security groups and their rules.

use crate::model::value::Value;

/// Whether a description is missing or blank; `None`: unknown before apply.
pub fn blank(v: Option<&Value>) -> Option<bool> {
    match v {
        None | Some(Value::Null) => Some(true),
        Some(Value::Unknown(_)) => None,
        Some(v) => Some(v.as_str().is_none_or(|s| s.trim().is_empty())),
    }
}
