//! `tfgate check --format json`: the machine-readable contract (`tool`, `findings`,
//! `errors`, `warnings`, `summary`). A finding is one rule at one source location, with the
//! `instances` it applies to (`report::group`).
//!
//! Findings are serialised straight from the findings (no JSON tree), in parallel batches
//! written in order, so a report of tens of thousands of findings never exists whole in
//! memory, as a tree or as text.

use serde_json::json;

use super::{
    GroupJson, diagnostics_json, rule_stats_json, summary_json, tool_json, write_document,
};
use crate::base::diag::Level;
use crate::scan::Scan;

/// Writes the check report as JSON. The findings, most of a large report, are rendered in
/// parallel in batches and written in order; the text is the same as serde_json's pretty
/// printer would produce for the whole document.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let all = scan.results.as_ref().map_or(&[][..], |r| &r.findings[..]);
    let active = all.iter().filter(|f| f.is_active()).count();
    // One finding per rule and location (`report::group`); the counts count those, and
    // `finding_instances` the instances they stand for.
    let groups = super::group::of_scan(scan);
    let active_groups = groups.iter().filter(|g| g.is_active()).count();
    let mut summary = summary_json(scan);
    if let Some(obj) = summary.as_object_mut() {
        obj.insert("findings".into(), json!(active_groups));
        obj.insert("suppressed".into(), json!(groups.len() - active_groups));
        obj.insert("finding_instances".into(), json!(active));
        obj.insert("suppressed_instances".into(), json!(all.len() - active));
        obj.insert("governance".into(), super::governance_json(scan));
        obj.insert("rules".into(), rule_stats_json(scan));
    }
    let doc = json!({
        "tool": tool_json(),
        "findings": null,
        "errors": diagnostics_json(scan, Level::Error),
        "warnings": diagnostics_json(scan, Level::Warning),
        "summary": summary,
    });
    write_document(w, &doc, "findings", &groups, |g| GroupJson::new(scan, g))
}

#[cfg(test)]
mod tests {
    use super::super::{BATCH, write_array_at, write_at};
    use super::*;
    use serde_json::Value as Json;

    /// The batched, parallel layout is serde_json's pretty layout, at any depth and batch
    /// boundary.
    #[test]
    fn parallel_arrays_match_serde_pretty() {
        let items: Vec<Json> = (0..BATCH * 2 + 300)
            .map(|i| match i % 4 {
                0 => json!({ "n": i, "nested": { "a": [1, [], {}], "b": null }, "s": "x\"y" }),
                1 => json!([i, "two", { "k": [] }]),
                2 => json!({}),
                _ => json!(i),
            })
            .collect();
        let doc = json!({ "outer": { "items": items.clone() }, "after": [] });
        let expected = serde_json::to_string_pretty(&doc).expect("serialises");
        let mut got = b"{\n  \"outer\": {\n    \"items\": ".to_vec();
        write_array_at(&mut got, 2, &items, |v| v).expect("writes");
        got.extend_from_slice(b"\n  },\n  \"after\": ");
        write_at(&mut got, 1, &json!([])).expect("writes");
        got.extend_from_slice(b"\n}");
        assert_eq!(String::from_utf8(got).expect("utf-8"), expected);
        let mut empty = Vec::new();
        write_array_at(&mut empty, 0, &items[..0], |v| v).expect("writes");
        assert_eq!(empty, b"[]");
    }
}
