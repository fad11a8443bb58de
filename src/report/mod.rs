//! Reports: everything a run prints goes through here, to a `&mut dyn Write`.

pub mod compliance;
pub mod diff;
pub mod evidence;
pub mod github;
pub mod group;
pub mod inspect;
pub mod json;
mod jsonw;
pub mod junit;
pub mod markdown;
pub mod repo_paths;
pub mod rules;
pub mod sarif;
pub mod text;
pub mod timings;

/// The format of the check report (`--format`, `--report FORMAT=FILE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: code frames and a summary.
    Text,
    /// The machine-readable contract, with each fix's edits.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// JUnit XML: a test case per rule and resource checked.
    Junit,
    /// A compact summary for a pull request comment or `$GITHUB_STEP_SUMMARY`.
    Markdown,
    /// GitHub workflow commands (`::error file=...::`), one annotation per finding.
    Github,
    /// Per SOC 2 criterion and NIST control: the rules that evidence it, passed and failed.
    Compliance,
    /// The compliance view as Markdown.
    ComplianceMarkdown,
}

/// The format of `tfgate rules`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
    Markdown,
}

/// Options shared by the check reports.
pub struct Options {
    pub verbose: bool,
    pub color: bool,
}

/// Writes the check report in one format.
pub fn write(
    scan: &Scan,
    format: Format,
    opts: &Options,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::write(
            scan,
            text::TextOptions {
                verbose: opts.verbose,
                style: text::Style { color: opts.color },
            },
            w,
        ),
        Format::Json => json::write(scan, w),
        Format::Sarif => sarif::write(scan, w),
        Format::Junit => junit::write(scan, w),
        Format::Markdown => markdown::write(scan, w),
        Format::Github => github::write(scan, w),
        Format::Compliance => compliance::write(scan, false, w),
        Format::ComplianceMarkdown => compliance::write(scan, true, w),
    }
}

/// The tool name and version, as every machine-readable report states them.
pub fn tool_json() -> serde_json::Value {
    serde_json::json!({ "name": "tfgate", "version": env!("CARGO_PKG_VERSION") })
}

use serde_json::{Value as Json, json};

use crate::base::diag::Level;
use crate::base::span::Loc;
use crate::model::Mode;
use crate::scan::Scan;

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
        "modules_not_checked": ws.stats.modules_not_downloaded.len(),
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

/// The summary line for module calls whose module is not downloaded, if any: their resources
/// were not checked, which a passing run must say.
/// Why an account-level control was undecided (`RuleStats::elsewhere`), for people: the root
/// may not be where the account is configured, which no value known after apply settles.
pub const UNDECIDED_ELSEWHERE: &str = "the account may be configured elsewhere";

/// The same, with the cases behind it (the account view's judgements and the configuration).
pub const UNDECIDED_ELSEWHERE_WHY: &str = "the account may be configured elsewhere (the root manages no account-level setting, has no `provider \"aws\"` block or calls a module that was not downloaded, or `[account] managed-elsewhere` names the control)";

/// "312 resources of providers azurerm, google: no rule applies.", when the rules checked
/// not one resource of some provider.
pub fn no_rule_applies(scan: &Scan) -> Option<String> {
    use crate::base::plural;
    let unchecked = scan.unchecked_providers();
    if unchecked.is_empty() {
        return None;
    }
    let total: usize = unchecked.iter().map(|(_, n)| n).sum();
    let names: Vec<&str> = unchecked.iter().map(|(p, _)| p.as_str()).collect();
    Some(format!(
        "{} of {} {}: no rule applies.",
        plural::count(total, "resource", "resources"),
        plural::noun(names.len(), "provider", "providers"),
        names.join(", ")
    ))
}

/// The note on foreign suppressions left to migrate (text and Markdown reports), instead of
/// a finding each.
pub fn foreign_note(scan: &Scan) -> Option<String> {
    use crate::base::plural;
    let f = &scan.governance.foreign_suppressions;
    if f.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if f.without_reason > 0 {
        parts.push(format!(
            "{} no reason (their syntax has no place for one; honoured all the same)",
            plural::count(
                f.without_reason,
                "tfsec/Trivy suppression gives",
                "tfsec/Trivy suppressions give"
            )
        ));
    }
    if f.unknown_checks > 0 {
        parts.push(format!(
            "{} peer checks tfgate does not implement (they suppress nothing here)",
            plural::count(
                f.unknown_checks,
                "foreign suppression names",
                "foreign suppressions name"
            )
        ));
    }
    if f.unused > 0 {
        parts.push(format!(
            "{} nothing here (the rule it names passes; remove {} or migrate)",
            plural::count(
                f.unused,
                "foreign suppression suppresses",
                "foreign suppressions suppress"
            ),
            plural::noun(f.unused, "it", "them")
        ));
    }
    Some(format!(
        "Note: {}. The first is at {}. To migrate, write `# tfgate:ignore <rule> -- <reason>` (`tfgate explain <peer id>` names the rule).",
        parts.join("; "),
        f.first.as_deref().unwrap_or("-")
    ))
}

pub fn modules_not_checked(scan: &Scan) -> Option<String> {
    let n = scan.workspace.stats.modules_not_downloaded.len();
    let required = scan.diagnostics.iter().any(|d| {
        d.code == "module-not-found" && d.is_error() && d.message.contains("terraform get")
    });
    (n > 0).then(|| {
        format!(
            "{n} module{} not checked: run `terraform get`{}.",
            if n == 1 { "" } else { "s" },
            if required {
                ""
            } else {
                " (--require-modules makes this an error)"
            }
        )
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A finding as the JSON contract states it, serialised straight from the finding (a report
/// of many findings builds no intermediate JSON tree).
#[derive(serde::Serialize)]
pub struct FindingJson<'a> {
    rule_id: &'static str,
    rule_name: &'static str,
    aliases: &'static [&'static str],
    severity: &'static str,
    resource: &'a str,
    root: &'a str,
    message: &'a str,
    path: &'a str,
    location: Option<LocationJson<'a>>,
    module_calls: Vec<ModuleCallJson<'a>>,
    suppressed: Option<SuppressionJson<'a>>,
    fix: Option<FixJson<'a>>,
    /// On a plan: `new-resource`, `weakening` or `existing`.
    #[serde(skip_serializing_if = "Option::is_none")]
    change: Option<&'static str>,
}

impl<'a> FindingJson<'a> {
    pub fn new(scan: &'a Scan, f: &'a crate::finding::Finding) -> FindingJson<'a> {
        let rule = crate::rules::RULES[f.rule];
        FindingJson {
            rule_id: rule.id,
            rule_name: rule.name,
            aliases: rule.aliases,
            severity: f.severity.as_str(),
            resource: &f.resource,
            root: &f.root,
            message: &f.message,
            path: &f.path,
            location: f.loc.map(|loc| LocationJson::new(scan, loc)),
            module_calls: ModuleCallJson::chain(scan, &f.module),
            suppressed: f.suppressed.as_deref().map(SuppressionJson::new),
            fix: f.fix.as_ref().map(|x| FixJson::new(scan, x)),
            change: f.change.map(crate::finding::Change::as_str),
        }
    }
}

/// For a run on plans: how many active findings the plans bring and how many predate them
/// (`1 weakening, 2 new-resource, 3 existing (predate the plan)`); `None` without a plan.
pub fn change_summary(findings: &[&crate::finding::Finding]) -> Option<String> {
    use crate::finding::Change;
    if !findings.iter().any(|f| f.change.is_some()) {
        return None;
    }
    let count = |c: Change| findings.iter().filter(|f| f.change == Some(c)).count();
    let parts: Vec<String> = [
        (Change::Weakening, "weakening"),
        (Change::NewResource, "new-resource"),
        (Change::Drift, "drift"),
        (Change::Existing, "existing (predate the plan)"),
    ]
    .iter()
    .map(|(c, name)| (count(*c), name))
    .filter(|(n, _)| *n > 0)
    .map(|(n, name)| format!("{n} {name}"))
    .collect();
    Some(format!("Plan: {}.", parts.join(", ")))
}

/// How a finding's change is marked in one-line formats: `[weakening] `; empty without a
/// plan.
pub fn change_tag(f: &crate::finding::Finding) -> String {
    f.change
        .map(|c| format!("[{}] ", c.as_str()))
        .unwrap_or_default()
}

/// A reported finding (one rule at one location, `group::Group`) as the JSON report states
/// it: what the instances share, then `instances`, each with its address, root, module
/// calls, path and evaluated message. `resource`, `root` and `module_calls` are the first
/// instance's, as before findings were grouped.
#[derive(serde::Serialize)]
pub struct GroupJson<'a> {
    rule_id: &'static str,
    rule_name: &'static str,
    aliases: &'static [&'static str],
    severity: &'static str,
    resource: &'a str,
    root: &'a str,
    message: std::borrow::Cow<'a, str>,
    path: &'a str,
    location: Option<LocationJson<'a>>,
    module_calls: Vec<ModuleCallJson<'a>>,
    instances: Vec<InstanceJson<'a>>,
    suppressed: Option<SuppressionJson<'a>>,
    fix: Option<FixJson<'a>>,
    /// On a plan: `new-resource`, `weakening`, `existing` or `drift`.
    #[serde(skip_serializing_if = "Option::is_none")]
    change: Option<&'static str>,
}

/// One instance of a reported finding.
#[derive(serde::Serialize)]
pub struct InstanceJson<'a> {
    resource: &'a str,
    root: &'a str,
    module_calls: Vec<ModuleCallJson<'a>>,
    path: &'a str,
    message: &'a str,
}

impl<'a> GroupJson<'a> {
    pub fn new(scan: &'a Scan, g: &group::Group<'a>) -> GroupJson<'a> {
        let f = g.first();
        let rule = crate::rules::RULES[f.rule];
        let instances: Vec<InstanceJson<'a>> = g
            .members
            .iter()
            .map(|m| InstanceJson {
                resource: &m.resource,
                root: &m.root,
                module_calls: ModuleCallJson::chain(scan, &m.module),
                path: &m.path,
                message: &m.message,
            })
            .collect();
        GroupJson {
            rule_id: rule.id,
            rule_name: rule.name,
            aliases: rule.aliases,
            severity: f.severity.as_str(),
            resource: &f.resource,
            root: &f.root,
            message: g.message(scan),
            path: &f.path,
            location: f.loc.map(|loc| LocationJson::new(scan, loc)),
            // The group's calls are its first member's (`first` is `members[0]`).
            module_calls: instances[0].module_calls.clone(),
            instances,
            suppressed: f.suppressed.as_deref().map(SuppressionJson::new),
            fix: g.fix().map(|x| FixJson::new(scan, x)),
            change: f.change.map(crate::finding::Change::as_str),
        }
    }
}

impl GroupJson<'_> {
    /// Appends this finding as the pretty JSON text serde_json would give it at `depth`
    /// ([`jsonw`]: the same text, written faster; `report::json`'s tests compare them).
    pub(crate) fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = jsonw::Object::new(out, depth);
        let inner = o.inner();
        o.str("rule_id", self.rule_id);
        o.str("rule_name", self.rule_name);
        jsonw::array(o.key("aliases"), inner, self.aliases, |out, _, a| {
            jsonw::string(out, a)
        });
        o.str("severity", self.severity);
        o.str("resource", self.resource);
        o.str("root", self.root);
        o.str("message", &self.message);
        o.str("path", self.path);
        match &self.location {
            Some(l) => l.write_pretty(o.key("location"), inner),
            None => o.key("location").extend_from_slice(b"null"),
        }
        ModuleCallJson::write_all(o.key("module_calls"), inner, &self.module_calls);
        jsonw::array(o.key("instances"), inner, &self.instances, |out, d, i| {
            let mut e = jsonw::Object::new(out, d);
            let inner = e.inner();
            e.str("resource", i.resource);
            e.str("root", i.root);
            ModuleCallJson::write_all(e.key("module_calls"), inner, &i.module_calls);
            e.str("path", i.path);
            e.str("message", i.message);
            e.end();
        });
        match &self.suppressed {
            Some(x) => x.write_pretty(o.key("suppressed"), inner),
            None => o.key("suppressed").extend_from_slice(b"null"),
        }
        match &self.fix {
            Some(x) => x.write_pretty(o.key("fix"), inner),
            None => o.key("fix").extend_from_slice(b"null"),
        }
        if let Some(c) = self.change {
            o.str("change", c);
        }
        o.end();
    }
}

/// `{"file", "start_line", "start_column", "end_line", "end_column"}`.
#[derive(serde::Serialize)]
pub struct LocationJson<'a> {
    file: &'a str,
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

impl<'a> LocationJson<'a> {
    pub fn new(scan: &'a Scan, loc: Loc) -> LocationJson<'a> {
        let file = scan.loaded.files.get(loc.file);
        let start = file.line_col(loc.span.start);
        let end = file.line_col(loc.span.end);
        LocationJson {
            file: &file.display,
            start_line: start.line,
            start_column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }
}

impl LocationJson<'_> {
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = jsonw::Object::new(out, depth);
        o.str("file", self.file);
        o.num("start_line", self.start_line as u64);
        o.num("start_column", self.start_column as u64);
        o.num("end_line", self.end_line as u64);
        o.num("end_column", self.end_column as u64);
        o.end();
    }
}

/// One `module` call on the way from the root to a resource.
#[derive(Clone, serde::Serialize)]
pub struct ModuleCallJson<'a> {
    module: String,
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

impl<'a> ModuleCallJson<'a> {
    /// The calls of a module path, outermost first.
    pub fn chain(scan: &'a Scan, path: &'a crate::model::ModulePath) -> Vec<ModuleCallJson<'a>> {
        use std::fmt::Write as _;
        let mut module = String::new();
        path.0
            .iter()
            .map(|frame| {
                if !module.is_empty() {
                    module.push('.');
                }
                module.push_str("module.");
                module.push_str(&frame.name);
                if frame.key != crate::model::InstanceKey::None {
                    let _ = write!(module, "{}", frame.key);
                }
                let call = frame.call.map(|loc| {
                    let file = scan.loaded.files.get(loc.file);
                    (file.display.as_str(), file.line_col(loc.span.start).line)
                });
                ModuleCallJson {
                    module: module.clone(),
                    source: &frame.source,
                    file: call.map(|c| c.0),
                    line: call.map(|c| c.1),
                }
            })
            .collect()
    }
}

impl ModuleCallJson<'_> {
    fn write_all(out: &mut Vec<u8>, depth: usize, calls: &[ModuleCallJson<'_>]) {
        jsonw::array(out, depth, calls, |out, d, c| {
            let mut o = jsonw::Object::new(out, d);
            o.str("module", &c.module);
            o.str("source", c.source);
            if let Some(file) = c.file {
                o.str("file", file);
            }
            if let Some(line) = c.line {
                o.num("line", line as u64);
            }
            o.end();
        });
    }
}

/// Why a finding does not count.
#[derive(serde::Serialize)]
pub struct SuppressionJson<'a> {
    kind: &'static str,
    reason: Option<&'a str>,
    expires: Option<String>,
    approved_by: Option<&'a str>,
    ticket: Option<&'a str>,
    source: &'a str,
}

impl<'a> SuppressionJson<'a> {
    pub fn new(s: &'a crate::finding::suppression::Suppression) -> SuppressionJson<'a> {
        SuppressionJson {
            kind: s.kind.as_str(),
            reason: s.reason.as_deref(),
            expires: s.expires.map(|d| d.to_string()),
            approved_by: s.approved_by.as_deref(),
            ticket: s.ticket.as_deref(),
            source: &s.source,
        }
    }
}

impl SuppressionJson<'_> {
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = jsonw::Object::new(out, depth);
        o.str("kind", self.kind);
        o.opt("reason", self.reason);
        o.opt("expires", self.expires.as_deref());
        o.opt("approved_by", self.approved_by);
        o.opt("ticket", self.ticket);
        o.str("source", self.source);
        o.end();
    }
}

/// A planned fix and its edits.
#[derive(serde::Serialize)]
pub struct FixJson<'a> {
    title: &'a str,
    applicability: &'static str,
    note: Option<&'a str>,
    edits: Vec<EditJson<'a>>,
}

#[derive(serde::Serialize)]
struct EditJson<'a> {
    file: &'a str,
    start_byte: u32,
    end_byte: u32,
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    replacement: &'a str,
}

impl<'a> FixJson<'a> {
    pub fn new(scan: &'a Scan, fix: &'a crate::finding::fix::Fix) -> FixJson<'a> {
        FixJson {
            title: &fix.title,
            applicability: fix.applicability.as_str(),
            note: fix.note.as_deref(),
            edits: fix
                .edits
                .iter()
                .map(|e| {
                    let file = scan.loaded.files.get(e.file);
                    let start = file.line_col(e.span.start);
                    let end = file.line_col(e.span.end);
                    EditJson {
                        file: &file.display,
                        start_byte: e.span.start,
                        end_byte: e.span.end,
                        start_line: start.line,
                        start_column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                        replacement: &e.text,
                    }
                })
                .collect(),
        }
    }
}

impl FixJson<'_> {
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = jsonw::Object::new(out, depth);
        let inner = o.inner();
        o.str("title", self.title);
        o.str("applicability", self.applicability);
        o.opt("note", self.note);
        jsonw::array(o.key("edits"), inner, &self.edits, |out, d, e| {
            let mut o = jsonw::Object::new(out, d);
            o.str("file", e.file);
            o.num("start_byte", u64::from(e.start_byte));
            o.num("end_byte", u64::from(e.end_byte));
            o.num("start_line", e.start_line as u64);
            o.num("start_column", e.start_column as u64);
            o.num("end_line", e.end_line as u64);
            o.num("end_column", e.end_column as u64);
            o.str("replacement", e.replacement);
            o.end();
        });
        o.end();
    }
}

/// Per rule: resources checked, passed, failed and undecided.
pub fn rule_stats_json(scan: &Scan) -> Json {
    use crate::finding::outcome::Outcome;
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
    serde_json::to_value(LocationJson::new(scan, loc)).unwrap_or(Json::Null)
}

/// Diagnostics of one level as JSON objects.
pub fn diagnostics_json(scan: &Scan, level: Level) -> Json {
    Json::Array(
        scan.diagnostics
            .iter()
            .filter(|d| d.level == level)
            .map(|d| {
                let mut j = json!({
                    "code": d.code,
                    "message": d.message,
                    "file": d.file,
                    "line": d.line,
                    "column": d.column,
                });
                if let Some((file, line)) = d.related.as_deref() {
                    j["related"] = json!({ "file": file, "line": line });
                }
                j
            })
            .collect(),
    )
}

/// Serialises JSON with two-space indentation and a final newline.
pub fn write_json(value: &Json, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_pretty(value, w)
}

/// Serialises with two-space indentation and a final newline through a buffer of a concrete
/// type: the serialiser's many small writes are then copies, not calls through `dyn Write`.
pub fn write_pretty(
    value: &impl serde::Serialize,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, w);
    write_at(&mut buffered, 0, value)?;
    writeln!(buffered)?;
    buffered.flush()
}

/// Writes the object `doc` pretty-printed with a final newline, rendering `items` in
/// parallel ([`write_array_at`]) in place of its `key` field (a placeholder in `doc`): the
/// JSON report and the evidence record, whose findings are most of their text.
pub(crate) fn write_document<'a, T: Sync + 'a, S: serde::Serialize>(
    w: &mut dyn std::io::Write,
    doc: &Json,
    key: &str,
    items: &'a [T],
    view: impl Fn(&'a T) -> S + Sync,
) -> std::io::Result<()> {
    write_document_with(w, doc, key, items, |item, buf, depth| {
        write_at(buf, depth, &view(item))
    })
}

/// [`write_document`] with each item written by `render` (given the item, the buffer and
/// its nesting depth) instead of serde_json.
pub(crate) fn write_document_with<'a, T: Sync + 'a>(
    w: &mut dyn std::io::Write,
    doc: &Json,
    key: &str,
    items: &'a [T],
    render: impl Fn(&'a T, &mut Vec<u8>, usize) -> std::io::Result<()> + Sync,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, w);
    out.write_all(b"{")?;
    for (n, (k, value)) in doc.as_object().into_iter().flatten().enumerate() {
        out.write_all(if n == 0 { b"\n  " } else { b",\n  " })?;
        serde_json::to_writer(&mut out, k)?;
        out.write_all(b": ")?;
        if k == key {
            write_array_with(&mut out, 1, items, &render)?;
        } else {
            write_at(&mut out, 1, value)?;
        }
    }
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// Serialises `value` pretty-printed as if nested `depth` levels deep.
pub(crate) fn write_at(
    w: &mut impl std::io::Write,
    depth: usize,
    value: &impl serde::Serialize,
) -> std::io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Pretty::at(depth));
    value.serialize(&mut ser).map_err(std::io::Error::from)
}

/// Findings per batch: each batch is rendered in parallel, then written, so memory holds
/// one batch of text rather than the whole report.
pub(crate) const BATCH: usize = 8192;

/// Writes `items` as a pretty-printed JSON array nested `depth` levels deep, rendering the
/// elements in parallel.
pub(crate) fn write_array_at<'a, T: Sync + 'a, S: serde::Serialize>(
    w: &mut impl std::io::Write,
    depth: usize,
    items: &'a [T],
    view: impl Fn(&'a T) -> S + Sync,
) -> std::io::Result<()> {
    write_array_with(w, depth, items, &|item, buf: &mut Vec<u8>, depth| {
        write_at(buf, depth, &view(item))
    })
}

/// [`write_array_at`] with each element written by `render` (item, buffer, depth).
pub(crate) fn write_array_with<'a, T: Sync + 'a>(
    w: &mut impl std::io::Write,
    depth: usize,
    items: &'a [T],
    render: &(impl Fn(&'a T, &mut Vec<u8>, usize) -> std::io::Result<()> + Sync),
) -> std::io::Result<()> {
    use rayon::prelude::*;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    let mut separator = b"\n".to_vec();
    separator.resize(1 + 2 * (depth + 1), b' ');
    let mut comma = b",".to_vec();
    comma.extend_from_slice(&separator);
    w.write_all(b"[")?;
    for (b, batch) in items.chunks(BATCH).enumerate() {
        let parts: Vec<std::io::Result<Vec<u8>>> = batch
            .par_chunks(256)
            .enumerate()
            .map(|(c, chunk)| {
                // About what a finding takes (2 KB on the public corpus): grown once or
                // never, where copying the buffer on every doubling showed in profiles.
                let mut buf = Vec::with_capacity(chunk.len() * 2048);
                for (k, item) in chunk.iter().enumerate() {
                    let first = b == 0 && c == 0 && k == 0;
                    buf.extend_from_slice(if first { &separator } else { &comma });
                    render(item, &mut buf, depth + 1)?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            w.write_all(&part?)?;
        }
    }
    w.write_all(b"\n")?;
    w.write_all(&separator[1..1 + 2 * depth])?;
    w.write_all(b"]")
}

/// serde_json's pretty layout (two-space indentation, `": "` after keys, empty arrays and
/// objects as `[]` and `{}`), starting at a given nesting depth.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Pretty {
        Pretty {
            depth,
            has_value: false,
        }
    }

    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.next(w, true)?;
        }
        w.write_all(bracket)
    }

    /// A separator, the line break and the indentation in one write (a write per level
    /// was a good part of rendering a large report).
    fn next<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        jsonw::line_break(self.depth, first, |bytes| w.write_all(bytes))
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A planned fix as JSON (see [`FixJson`]).
pub fn fix_json(scan: &Scan, fix: &crate::finding::fix::Fix) -> Json {
    serde_json::to_value(FixJson::new(scan, fix)).unwrap_or(Json::Null)
}

/// True when a file is in a module downloaded by `terraform init`, which the user does not own.
pub fn in_module_cache(file: &crate::base::source::SourceFile) -> bool {
    file.path
        .components()
        .any(|c| c.as_os_str() == ".terraform")
}

/// Where a code host should show a finding: its own location, unless that is inside a
/// downloaded module (`.terraform/modules`), then the innermost `module` block the user wrote
/// that leads there.
pub fn primary_location(scan: &Scan, f: &crate::finding::Finding) -> Option<Loc> {
    let loc = f.loc?;
    if !in_module_cache(scan.loaded.files.get(loc.file)) {
        return Some(loc);
    }
    f.module
        .0
        .iter()
        .rev()
        .filter_map(|frame| frame.call)
        .find(|call| !in_module_cache(scan.loaded.files.get(call.file)))
        .or(Some(loc))
}

/// Each reported finding's fingerprint (one per [`group::Group`]), unique in the run and
/// surviving line shifts: rule, the file (repository-relative), the resource block's type and
/// name (`group::block_name`: not which module calls reach it) and the first instance's
/// attribute path, hashed; a finding about a
/// suppression (no resource) adds its message, which names the comment. Findings that still
/// share all of these (a location with some instances suppressed and the rest not, two
/// identical comments in one file) are told apart by their order among them: the n-th such
/// finding hashes `n` too. Code scanning merges results of one fingerprint into one alert,
/// so a repeat would hide a finding.
pub fn fingerprints(
    scan: &Scan,
    paths: &repo_paths::RepoPaths<'_>,
    groups: &[group::Group<'_>],
) -> Vec<String> {
    use sha2::Digest;
    let mut seen: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
    groups
        .iter()
        .map(|g| {
            let f = g.first();
            let rule = crate::rules::RULES[f.rule];
            let file = match primary_location(scan, f) {
                Some(loc) => paths.file(loc.file).to_string(),
                None => paths.path(&f.root),
            };
            let address = group::block_name(scan, f);
            let mut parts = vec![rule.id, &file, &address, &f.path];
            if f.instance.is_none() {
                parts.push(&f.message);
            }
            let mut key = Vec::new();
            for part in parts {
                key.extend_from_slice(part.as_bytes());
                key.push(0);
            }
            let n = seen.entry(key.clone()).or_insert(0);
            if *n > 0 {
                key.extend_from_slice(n.to_string().as_bytes());
                key.push(0);
            }
            *n += 1;
            crate::base::hex::encode(&sha2::Sha256::digest(&key)[..16])
        })
        .collect()
}

/// The URL of a rule's documentation.
pub fn rule_doc_url(rule: &crate::rules::Rule) -> String {
    // The team's policies and the baseline review rule are documented by the README section
    // (and `tfgate explain`), not by a page in rules/.
    if rule.area == crate::rules::Area::Policy || rule.id.starts_with("TFG-BASELINE-") {
        return format!(
            "{}/blob/main/README.md#your-own-baseline-as-code",
            env!("CARGO_PKG_REPOSITORY")
        );
    }
    format!(
        "{}/blob/main/rules/{}.md",
        env!("CARGO_PKG_REPOSITORY"),
        rule.id
    )
}

/// A suppression as JSON (see [`SuppressionJson`]).
pub fn suppression_json(s: &crate::finding::suppression::Suppression) -> Json {
    serde_json::to_value(SuppressionJson::new(s)).unwrap_or(Json::Null)
}

/// The baseline and exceptions bookkeeping of a run, as JSON.
pub fn governance_json(scan: &Scan) -> Json {
    let g = &scan.governance;
    let exceptions = g.exceptions.as_ref().map(|(register, outcome)| {
        json!({
            "file": register.display,
            "entries": register.entries.iter().enumerate().map(|(n, e)| json!({
                "number": e.number,
                "rule": e.rule_key,
                "resource": e.resource,
                "root": e.root,
                "reason": e.reason,
                "ticket": e.ticket,
                "approved_by": e.approved_by,
                "expires": e.expires.to_string(),
                "expired": g.policy.as_ref().is_some_and(|p| e.expires < p.today),
                "findings_excepted": outcome.applied[n],
                "findings_no_longer_excepted": outcome.expired_matches[n],
            })).collect::<Vec<_>>(),
        })
    });
    json!({
        "fail_on": g.policy.as_ref().map(|p| p.fail_on.as_str()),
        "today": g.policy.as_ref().map(|p| p.today.to_string()),
        "exceptions": exceptions,
        "stale_baseline_entries": g.stale_baseline,
        // The configuration's exclusions in effect: what was not scanned, and why.
        "exclusions": g.policy.as_ref().map_or_else(Vec::new, |p| {
            p.exclusions
                .iter()
                .map(|e| json!({ "path": e.glob, "reason": e.reason, "line": e.line }))
                .collect::<Vec<_>>()
        }),
        "foreign_suppressions": {
            "without_reason": g.foreign_suppressions.without_reason,
            "unknown_checks": g.foreign_suppressions.unknown_checks,
            "unused": g.foreign_suppressions.unused,
        },
    })
}
