//! `tfgate check --format json`: the machine-readable contract (`tool`, `findings`,
//! `errors`, `warnings`, `summary`). A finding is one rule at one source location, with the
//! `instances` it applies to (`report::group`).
//!
//! Findings are serialised straight from the findings (no JSON tree), in parallel batches
//! written in order, so a report of tens of thousands of findings never exists whole in
//! memory, as a tree or as text.

use serde_json::json;

use super::{
    GroupJson, diagnostics_json, rule_stats_json, summary_json, tool_json, write_document_with,
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
    // The findings through `report::jsonw`: serde_json's text, written faster.
    write_document_with(w, &doc, "findings", &groups, |g, buf, depth| {
        GroupJson::new(scan, g).write_pretty(buf, depth);
        Ok(())
    })
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

    /// The findings' own writer (`report::jsonw`) gives serde_json's text for every finding
    /// of projects with module calls (local and downloaded), fixes, suppressions and
    /// exceptions, plans (the `change` field) and load errors.
    #[test]
    fn findings_are_written_as_serde_json_writes_them() {
        let root = env!("CARGO_MANIFEST_DIR");
        let projects = [
            "examples/quickstart",
            "examples/change-control",
            "testdata/reports/downloaded-module",
            "testdata/reports/module-instances",
            "testdata/plans/with-sources",
            "testdata/plans/generated/widen-ingress/plan.json",
            "testdata/plans/generated/remove-pab/plan.json",
            "testdata/fixes/TFG-S3-001",
            "testdata/rules/TFG-GOV-001",
            "testdata/rules/TFG-GOV-002",
            "testdata/eval/missing-module",
        ];
        let mut compared = 0;
        let mut with = [false; 4];
        for project in projects {
            let args = ["tfgate", "check", &format!("{root}/{project}")];
            let (cli, vars) = crate::cli::parse(args.iter().map(Into::into)).expect("parses");
            let crate::cli::Command::Check(check) = cli.command else {
                panic!("expected check");
            };
            let mut scan = crate::app::scan(&check.scan, &vars, Vec::new());
            crate::app::check(&mut scan);
            for g in super::super::group::of_scan(&scan) {
                let f = g.first();
                with[0] |= !f.module.0.is_empty();
                with[1] |= g.fix().is_some();
                with[2] |= f.suppressed.is_some();
                with[3] |= f.change.is_some();
                for depth in [0, 2] {
                    let mut want = Vec::new();
                    write_at(&mut want, depth, &GroupJson::new(&scan, &g)).expect("writes");
                    let mut got = Vec::new();
                    GroupJson::new(&scan, &g).write_pretty(&mut got, depth);
                    assert_eq!(
                        String::from_utf8(got).expect("utf-8"),
                        String::from_utf8(want).expect("utf-8"),
                        "{project}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 40, "only {compared} findings compared");
        assert_eq!(
            with, [true; 4],
            "module calls, fixes, suppressions, changes"
        );
    }
}
