//! What the EFS rules share: a file system's label.

use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::common::simple::label;

/// The file system's `creation_token` when known, else the usual label.
pub fn efs_label(inst: &Instance) -> String {
    match inst.node().get("creation_token").and_then(Value::as_str) {
        Some(n) => format!("{} `{n}`", inst.rtype),
        None => label(inst),
    }
}
