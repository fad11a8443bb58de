//! SARIF 2.1.0 for GitHub code scanning: small hand-written serde types, checked against the
//! OASIS schema in a test.
//!
//! Locations are relative to the repository root (`report::repo_paths`: the git checkout
//! around the scanned tree, else `GITHUB_WORKSPACE`, else the working directory) under
//! `uriBaseId` `%SRCROOT%`; columns are UTF-16
//! code units, as the run declares. A finding inside a downloaded module is located at the
//! user's `module` block that leads to it; the module call chain goes into
//! `relatedLocations`.

use serde_json::{Value as Json, json};

use super::group::Group;
use super::repo_paths::RepoPaths;
use super::{fingerprints, primary_location, rule_doc_url, write_array_at, write_at};
use crate::base::diag::Level;
use crate::base::span::{Loc, Span};
use crate::finding::Severity;
use crate::finding::fix::Applicability;
use crate::rules::{RULES, Rule};
use crate::scan::Scan;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const BASE: &str = "%SRCROOT%";

/// Writes the SARIF log. The results, most of a large log, are rendered in parallel batches
/// and written in order (see `report::write_array_at`): a log of a hundred thousand
/// findings never exists whole in memory, as a tree or as text.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write as _;
    let uris = Uris(RepoPaths::new(scan));
    let tool = json!({
        "driver": {
            "name": "tfgate",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": env!("CARGO_PKG_REPOSITORY"),
            "rules": RULES.iter().map(|r| rule_json(r)).collect::<Vec<_>>(),
        }
    });
    let base_ids = json!({
        BASE: { "description": { "text": "The root of the repository holding the scanned files (its git checkout, else GITHUB_WORKSPACE, else the working directory)." } }
    });
    let groups = super::group::of_scan(scan);
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, w);
    out.write_all(b"{\n  \"$schema\": ")?;
    write_at(&mut out, 1, &SCHEMA)?;
    out.write_all(b",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ")?;
    write_at(&mut out, 3, &tool)?;
    out.write_all(b",\n      \"invocations\": ")?;
    write_at(&mut out, 3, &[invocation(scan, &uris)])?;
    out.write_all(b",\n      \"originalUriBaseIds\": ")?;
    write_at(&mut out, 3, &base_ids)?;
    out.write_all(b",\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": ")?;
    // One result per rule and location (`report::group`), each with a fingerprint unique in
    // the log (`report::fingerprints`).
    let prints = fingerprints(scan, &uris.0, &groups);
    let results: Vec<(&Group, String)> = groups.iter().zip(prints).collect();
    write_array_at(&mut out, 3, &results, |(g, print)| {
        result_json(scan, &uris, g, print)
    })?;
    out.write_all(b"\n    }\n  ]\n}\n")?;
    out.flush()
}

fn level(sev: Severity) -> &'static str {
    match sev {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// GitHub's scale: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, under 4.0 low.
fn security_severity(sev: Severity) -> &'static str {
    match sev {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

/// The rule's documentation without its title line, and its first paragraph.
fn doc_parts(rule: &Rule) -> (String, String) {
    let body: String = rule
        .doc
        .lines()
        .skip_while(|l| l.starts_with("# ") || l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let first = body
        .split("\n\n")
        .find(|p| !p.trim().is_empty() && !p.starts_with('#') && !p.starts_with('|'))
        .unwrap_or(rule.title)
        .replace('\n', " ");
    (first, body)
}

fn rule_json(rule: &Rule) -> Json {
    let (first, body) = doc_parts(rule);
    let mut tags = vec![
        "security".to_string(),
        "terraform".to_string(),
        rule.area.as_str().to_string(),
    ];
    tags.extend(rule.compliance.iter().map(|c| c.to_string()));
    json!({
        "id": rule.id,
        "name": rule.name,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": first },
        "help": { "text": body, "markdown": body },
        "helpUri": rule_doc_url(rule),
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "tags": tags,
            "security-severity": security_severity(rule.severity),
            "precision": "very-high",
            "problem.severity": match rule.severity {
                Severity::Critical | Severity::High => "error",
                Severity::Medium => "warning",
                Severity::Low => "recommendation",
            },
            "aliases": rule.aliases,
        },
    })
}

fn invocation(scan: &Scan, uris: &Uris) -> Json {
    let notifications: Vec<Json> = scan
        .diagnostics
        .iter()
        .map(|d| {
            let mut n = json!({
                "level": match d.level { Level::Error => "error", Level::Warning => "warning" },
                "message": { "text": d.message },
                "descriptor": { "id": d.code },
            });
            if let Some(file) = &d.file {
                let mut physical = json!({
                    "artifactLocation": { "uri": uris.path(file), "uriBaseId": BASE },
                });
                if let Some(line) = d.line.filter(|l| *l > 0) {
                    let mut region = json!({ "startLine": line });
                    if let Some(col) = d.column.filter(|c| *c > 0) {
                        region["startColumn"] = json!(col);
                    }
                    physical["region"] = region;
                }
                n["locations"] = json!([{ "physicalLocation": physical }]);
            }
            n
        })
        .collect();
    json!({
        "executionSuccessful": !scan.has_errors(),
        "toolExecutionNotifications": notifications,
    })
}

fn region(scan: &Scan, loc: Loc) -> Json {
    region_of(scan, loc.file, loc.span)
}

fn region_of(scan: &Scan, file: crate::base::span::FileId, span: Span) -> Json {
    let f = scan.loaded.files.get(file);
    let start = f.line_col(span.start);
    let end = f.line_col(span.end);
    json!({
        "startLine": start.line,
        "startColumn": f.utf16_column(span.start),
        "endLine": end.line,
        "endColumn": f.utf16_column(span.end),
    })
}

fn physical(scan: &Scan, uris: &Uris, loc: Loc) -> Json {
    json!({
        "artifactLocation": { "uri": uris.file(loc.file), "uriBaseId": BASE },
        "region": region(scan, loc),
    })
}

fn result_json(scan: &Scan, uris: &Uris, g: &Group, print: &str) -> Json {
    let f = g.first();
    let rule = RULES[f.rule];
    let location = match primary_location(scan, f) {
        Some(loc) => physical(scan, uris, loc),
        // Plan-only: the plan file itself.
        None => json!({
            "artifactLocation": { "uri": uris.path(&f.root), "uriBaseId": BASE },
            "region": { "startLine": 1 },
        }),
    };
    let addresses = g.addresses();
    let text = match g.applies_to() {
        Some(applies) => format!("{} ({applies})", g.message(scan)),
        None if f.resource.is_empty() => g.message(scan).to_string(),
        None => format!("{} ({})", g.message(scan), f.resource),
    };
    let logical: Vec<Json> = addresses
        .iter()
        .map(|a| json!({ "fullyQualifiedName": a, "kind": "resource" }))
        .collect();
    let mut result = json!({
        "ruleId": rule.id,
        "ruleIndex": f.rule,
        "level": level(f.severity),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": location,
            "logicalLocations": logical,
        }],
        "partialFingerprints": { "tfgate/v2": print },
    });
    if g.members.len() > 1 {
        // Every instance the result stands for, with its own evaluated message.
        let instances: Vec<Json> = g
            .members
            .iter()
            .map(|m| json!({ "address": m.resource, "root": &*m.root, "path": m.path, "message": m.message }))
            .collect();
        result["properties"] = json!({ "instances": instances });
    }
    let mut related = Vec::new();
    // Module call sites the user owns (code hosts reject locations under .terraform/): the
    // instance's calls, or for several instances each call once, without instance keys.
    let calls: Vec<(String, Loc)> = if addresses.len() > 1 {
        g.calls()
            .into_iter()
            .filter_map(|(name, call)| Some((name, call?)))
            .collect()
    } else {
        f.module
            .0
            .iter()
            .filter_map(|frame| Some((format!("module.{}{}", frame.name, frame.key), frame.call?)))
            .collect()
    };
    for (name, call) in calls {
        if !super::in_module_cache(scan.loaded.files.get(call.file)) {
            related.push(json!({
                "id": related.len(),
                "physicalLocation": physical(scan, uris, call),
                "message": { "text": format!("{name} is called here") },
            }));
        }
    }
    if !related.is_empty() {
        result["relatedLocations"] = Json::Array(related);
    }
    // On a plan: what the change brings is new, what held before is unchanged.
    if let Some(change) = f.change {
        let state = if change.is_new() { "new" } else { "unchanged" };
        result["baselineState"] = json!(state);
        result["properties"] = json!({ "tfgate/change": change.as_str() });
    }
    // Suppressed findings stay in the log with their justification.
    if let Some(s) = &f.suppressed {
        let mut justification = s.reason.clone().unwrap_or_else(|| "no reason given".into());
        if let Some(by) = &s.approved_by {
            justification.push_str(&format!("; approved by {by}"));
        }
        if let Some(t) = &s.ticket {
            justification.push_str(&format!("; {t}"));
        }
        if let Some(e) = s.expires {
            justification.push_str(&format!("; until {e}"));
        }
        result["suppressions"] = json!([{
            "kind": if s.kind.in_source() { "inSource" } else { "external" },
            "status": "accepted",
            "justification": justification,
            "properties": { "tfgate-kind": s.kind.as_str(), "source": s.source },
        }]);
    }
    if let Some(fix) = g.fix()
        && fix.applicability != Applicability::DisplayOnly
        && !fix.edits.is_empty()
    {
        let mut by_file: std::collections::BTreeMap<u32, Vec<Json>> = Default::default();
        for e in &fix.edits {
            by_file.entry(e.file.0).or_default().push(json!({
                "deletedRegion": region_of(scan, e.file, e.span),
                "insertedContent": { "text": e.text },
            }));
        }
        let changes: Vec<Json> = by_file
            .into_iter()
            .map(|(file, replacements)| {
                json!({
                    "artifactLocation": { "uri": uris.file(crate::base::span::FileId(file)), "uriBaseId": BASE },
                    "replacements": replacements,
                })
            })
            .collect();
        result["fixes"] = json!([{
            "description": { "text": format!("{} ({})", fix.title, fix.applicability.as_str()) },
            "artifactChanges": changes,
        }]);
    }
    result
}

/// Paths as URIs relative to the repository root.
struct Uris<'a>(RepoPaths<'a>);

impl Uris<'_> {
    fn file(&self, id: crate::base::span::FileId) -> String {
        percent_encode(self.0.file(id).trim_start_matches('/'))
    }

    fn path(&self, path: &str) -> String {
        percent_encode(self.0.path(path).trim_start_matches('/'))
    }
}

/// Encodes what a relative URI reference may not carry as is.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(percent_encode("a b/ç.tf"), "a%20b/%C3%A7.tf");
    }
}
