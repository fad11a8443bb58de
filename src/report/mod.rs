//! Reports: everything a run prints goes through here, to a `&mut dyn Write`.

pub mod inspect;
pub mod json;
pub mod rules;
pub mod text;

/// The tool name and version, as every machine-readable report states them.
pub fn tool_json() -> serde_json::Value {
    serde_json::json!({ "name": "tfgate", "version": env!("CARGO_PKG_VERSION") })
}

use serde_json::{Value as Json, json};

use crate::Scan;
use crate::diag::Level;
use crate::load::module::Mode;
use crate::load::syntax::Loc;

/// Counts for the end of every report.
pub fn summary_json(scan: &Scan) -> Json {
    let ws = &scan.workspace;
    let managed = ws
        .instances
        .iter()
        .filter(|i| i.mode == Mode::Managed)
        .count();
    let stats = &ws.stats;
    let total = stats.known_values + stats.unknown_values;
    json!({
        "files": scan.loaded.files.len(),
        "root_modules": scan.loaded.roots.len(),
        "module_instances": ws.modules.len(),
        "resource_instances": managed,
        "data_instances": ws.instances.len() - managed,
        "errors": scan.diagnostics.iter().filter(|d| d.level == Level::Error).count(),
        "warnings": scan.diagnostics.iter().filter(|d| d.level == Level::Warning).count(),
        "unknown": {
            "resources_with_unknown_count_or_for_each": stats.unknown_expansions,
            "dynamic_blocks_with_unknown_for_each": stats.unknown_dynamic_blocks,
            "module_calls_with_unknown_count_or_for_each": stats.unknown_module_expansions,
            "known_values": stats.known_values,
            "unknown_values": stats.unknown_values,
            "unknown_share": if total == 0 { 0.0 } else { round3(stats.unknown_values as f64 / total as f64) },
        },
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A finding as the JSON contract states it.
pub fn finding_json(scan: &Scan, f: &crate::finding::Finding) -> Json {
    let rule = crate::rules::RULES[f.rule];
    json!({
        "rule_id": rule.id,
        "rule_name": rule.name,
        "aliases": rule.aliases,
        "severity": rule.severity.as_str(),
        "resource": f.resource,
        "root": &*f.root,
        "message": f.message,
        "path": f.path,
        "location": f.loc.map(|loc| location_json(scan, loc)),
        "module_calls": inspect::module_calls_json(scan, &f.module),
        "suppressed": Json::Null,
        "fix": Json::Null,
    })
}

/// Per rule: resources checked, passed, failed and undecided.
pub fn rule_stats_json(scan: &Scan) -> Json {
    use crate::rules::Outcome;
    let Some(results) = &scan.results else {
        return Json::Array(Vec::new());
    };
    Json::Array(
        crate::rules::RULES
            .iter()
            .zip(&results.stats)
            .filter(|(_, s)| s.checked() > 0)
            .map(|(rule, s)| {
                json!({
                    "rule_id": rule.id,
                    "rule_name": rule.name,
                    "checked": s.checked(),
                    "passed": s.count(Outcome::Passed),
                    "failed": s.count(Outcome::Failed),
                    "undecided": s.count(Outcome::Undecided),
                })
            })
            .collect(),
    )
}

/// `{"file", "start_line", "start_column", "end_line", "end_column"}` for a location.
pub fn location_json(scan: &Scan, loc: Loc) -> Json {
    let file = scan.loaded.files.get(loc.file);
    let start = file.line_col(loc.span.start);
    let end = file.line_col(loc.span.end);
    json!({
        "file": file.display,
        "start_line": start.line,
        "start_column": start.column,
        "end_line": end.line,
        "end_column": end.column,
    })
}

/// Diagnostics of one level as JSON objects.
pub fn diagnostics_json(scan: &Scan, level: Level) -> Json {
    Json::Array(
        scan.diagnostics
            .iter()
            .filter(|d| d.level == level)
            .map(|d| {
                json!({
                    "code": d.code,
                    "message": d.message,
                    "file": d.file,
                    "line": d.line,
                    "column": d.column,
                })
            })
            .collect(),
    )
}

/// Serialises JSON with two-space indentation and a final newline.
pub fn write_json(value: &Json, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    writeln!(w)
}
