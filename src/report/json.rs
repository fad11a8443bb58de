//! `tfgate check --format json`: the machine-readable contract (`tool`, `findings`,
//! `errors`, `warnings`, `summary`).

use serde_json::json;

use super::{diagnostics_json, summary_json, tool_json, write_json};
use crate::Scan;
use crate::diag::Level;

/// Writes the check report as JSON.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let doc = json!({
        "tool": tool_json(),
        "findings": [],
        "errors": diagnostics_json(scan, Level::Error),
        "warnings": diagnostics_json(scan, Level::Warning),
        "summary": summary_json(scan),
    });
    write_json(&doc, w)
}
