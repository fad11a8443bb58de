//! Log types a cluster exports to CloudWatch Logs (`enabled_cloudwatch_logs_exports` on
//! DocumentDB, `enable_cloudwatch_logs_exports` on Neptune).

use crate::model::Instance;
use crate::model::value::Value;

/// What a cluster exports.
pub enum Exports {
    /// The list is known; `true` when it names one of the wanted types.
    Known(bool),
    /// Not set or empty: nothing is exported.
    None,
    /// The list or one of its items is unknown before apply.
    Unknown,
}

/// Whether `arg` of `inst` names one of `wanted`.
pub fn exports(inst: &Instance, arg: &str, wanted: &[&str]) -> Exports {
    let items = match inst.node().get(arg) {
        None | Some(Value::Null) => return Exports::None,
        Some(Value::List(items) | Value::Set(items)) => items,
        // A lone string is not a list (Terraform refuses it); it still exports nothing else.
        Some(v @ Value::String(_)) => std::slice::from_ref(v),
        Some(_) => return Exports::Unknown,
    };
    if items.is_empty() {
        return Exports::None;
    }
    if items
        .iter()
        .any(|v| v.as_str().is_some_and(|s| wanted.contains(&s)))
    {
        return Exports::Known(true);
    }
    if items.iter().any(Value::is_unknown) {
        return Exports::Unknown;
    }
    Exports::Known(false)
}
