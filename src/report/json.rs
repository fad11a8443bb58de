//! `tfgate check --format json`: the machine-readable contract (`tool`, `findings`,
//! `errors`, `warnings`, `summary`).

use serde_json::json;

use super::{diagnostics_json, finding_json, rule_stats_json, summary_json, tool_json, write_json};
use crate::Scan;
use crate::diag::Level;

/// Writes the check report as JSON.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let findings: Vec<serde_json::Value> = scan
        .results
        .iter()
        .flat_map(|r| r.findings.iter())
        .map(|f| finding_json(scan, f))
        .collect();
    let mut summary = summary_json(scan);
    if let Some(obj) = summary.as_object_mut() {
        obj.insert("findings".into(), json!(findings.len()));
        obj.insert("rules".into(), rule_stats_json(scan));
    }
    let doc = json!({
        "tool": tool_json(),
        "findings": findings,
        "errors": diagnostics_json(scan, Level::Error),
        "warnings": diagnostics_json(scan, Level::Warning),
        "summary": summary,
    });
    write_json(&doc, w)
}
