//! `tfgate check --format json`: the machine-readable contract (`tool`, `findings`,
//! `errors`, `warnings`, `summary`).
//!
//! Findings are serialised one at a time while writing, so a report of tens of thousands of
//! findings never exists as one tree in memory.

use serde::{Serialize, Serializer};
use serde_json::{Value as Json, json};

use super::{FindingJson, diagnostics_json, rule_stats_json, summary_json, tool_json};
use crate::Scan;
use crate::diag::Level;

#[derive(Serialize)]
struct Document<'a> {
    tool: Json,
    findings: Findings<'a>,
    errors: Json,
    warnings: Json,
    summary: Json,
}

struct Findings<'a>(&'a Scan);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let scan = self.0;
        serializer.collect_seq(
            scan.results
                .iter()
                .flat_map(|r| r.findings.iter())
                .map(|f| FindingJson::new(scan, f)),
        )
    }
}

/// Writes the check report as JSON.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let all = scan.results.as_ref().map_or(&[][..], |r| &r.findings[..]);
    let active = all.iter().filter(|f| f.is_active()).count();
    let mut summary = summary_json(scan);
    if let Some(obj) = summary.as_object_mut() {
        obj.insert("findings".into(), json!(active));
        obj.insert("suppressed".into(), json!(all.len() - active));
        obj.insert("governance".into(), super::governance_json(scan));
        obj.insert("rules".into(), rule_stats_json(scan));
    }
    let doc = Document {
        tool: tool_json(),
        findings: Findings(scan),
        errors: diagnostics_json(scan, Level::Error),
        warnings: diagnostics_json(scan, Level::Warning),
        summary,
    };
    super::write_pretty(&doc, w)
}
