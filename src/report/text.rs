//! `tfgate check` for people: a code frame per finding in the style of rustc and ruff (most
//! severe first, then by file and line), then a
//! summary by severity and by rule, what was checked and what could not be decided.

use super::group::{Group, SHOWN_INSTANCES};
use crate::base::diag::Level;
use crate::base::plural;
use crate::base::source::SourceFile;
use crate::finding::fix::Applicability;
use crate::finding::{Finding, Severity};
use crate::model::Mode;
use crate::rules::RULES;
use crate::scan::Scan;

/// Lines of a multi-line span shown before eliding the rest.
const FRAME_LINES: usize = 3;

/// The longest source line a frame shows whole, in characters; a longer one (a minified
/// `.tf.json` is one line) is shown as a window around the part the finding points at.
const FRAME_WIDTH: usize = 120;

/// ANSI styling, or none.
#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn severity(self, sev: Severity) -> String {
        let code = match sev {
            Severity::Critical => "1;35",
            Severity::High => "1;31",
            Severity::Medium => "1;33",
            Severity::Low => "1;36",
        };
        self.paint(code, sev.as_str())
    }

    fn bold(self, s: &str) -> String {
        self.paint("1", s)
    }

    fn gutter(self, s: &str) -> String {
        self.paint("1;34", s)
    }
}

/// Options of the text report.
#[derive(Clone, Copy)]
pub struct TextOptions {
    pub verbose: bool,
    pub style: Style,
}

/// Writes the check report as text.
pub fn write(scan: &Scan, opts: TextOptions, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let style = opts.style;
    for d in &scan.diagnostics {
        if d.level == Level::Error || opts.verbose {
            writeln!(w, "{}", d.render())?;
        }
    }
    if scan
        .diagnostics
        .iter()
        .any(|d| d.level == Level::Error || opts.verbose)
    {
        writeln!(w)?;
    }
    let findings = scan
        .results
        .as_ref()
        .map_or(&[][..], |r| r.findings.as_slice());
    let groups = super::group::active_by_severity(scan);
    for g in &groups {
        write_finding(scan, g, opts, w)?;
    }
    write_suppressed(scan, findings, opts, w)?;
    if let Some(results) = &scan.results {
        write_rule_summary(scan, results, style, w)?;
    }
    let ws = &scan.workspace;
    let errors = scan.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = scan.diagnostics.len() - errors;
    let managed = ws
        .instances
        .iter()
        .filter(|i| i.mode == Mode::Managed)
        .count();
    writeln!(
        w,
        "Scanned {}: {}, {}, {} ({}).",
        plural::count(scan.loaded.files.len(), "file", "files"),
        plural::count(scan.loaded.roots.len(), "root module", "root modules"),
        plural::count(ws.modules.len(), "module instance", "module instances"),
        plural::count(managed, "resource instance", "resource instances"),
        plural::count(ws.instances.len() - managed, "data source", "data sources"),
    )?;
    let s = &ws.stats;
    if let Some(line) = super::modules_not_checked(scan) {
        writeln!(w, "{line}")?;
    }
    if s.unknown_expansions + s.unknown_dynamic_blocks + s.unknown_module_expansions > 0 {
        writeln!(
            w,
            "Not known before apply: count/for_each of {}, {}, {} (kept as one instance each).",
            plural::count(s.unknown_expansions, "resource", "resources"),
            plural::count(s.unknown_dynamic_blocks, "dynamic block", "dynamic blocks"),
            plural::count(s.unknown_module_expansions, "module call", "module calls"),
        )?;
    }
    let fixable = |a: Applicability| {
        groups
            .iter()
            .filter(|g| g.fix().is_some_and(|x| x.applicability == a))
            .count()
    };
    let (safe, unsafe_) = (fixable(Applicability::Safe), fixable(Applicability::Unsafe));
    if safe + unsafe_ > 0 {
        writeln!(
            w,
            "{} fixable with `tfgate check --fix`{}; `--diff` shows the edits first.",
            plural::count(safe, "finding", "findings"),
            if unsafe_ > 0 {
                format!(", {unsafe_} more with `--unsafe-fixes`")
            } else {
                String::new()
            }
        )?;
    }
    write_foreign_note(scan, w)?;
    write_exclusions(scan, w)?;
    if errors > 0 {
        write_input_errors(scan, errors, w)?;
    }
    if warnings > 0 && !opts.verbose {
        writeln!(
            w,
            "{}; run with --verbose to see {}.",
            plural::count(warnings, "warning", "warnings"),
            plural::noun(warnings, "it", "them")
        )?;
    }
    Ok(())
}

/// One finding (a rule at one location, for every instance there): header, code frame,
/// notes. Several instances are named in one line (each with its value under `--verbose`).
fn write_finding(
    scan: &Scan,
    g: &Group,
    opts: TextOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let style = opts.style;
    let f = g.first();
    let rule = RULES[f.rule];
    writeln!(
        w,
        "{} {}: {}",
        style.severity(f.severity),
        style.bold(&format!("{} {}", rule.id, rule.name)),
        g.message(scan)
    )?;
    let mut width = 1;
    match f.loc {
        Some(loc) => {
            let file = scan.loaded.files.get(loc.file);
            let (first, last) = file.lines(loc.span);
            // A block is shown by its header line; a long value by its first lines.
            let block = last > first && file.line_text(first).trim_end().ends_with('{');
            let shown_last = if block {
                first
            } else {
                last.min(first + FRAME_LINES - 1)
            };
            width = shown_last.to_string().len();
            let lc = file.line_col(loc.span.start);
            writeln!(
                w,
                "{}{} {}:{}:{}",
                " ".repeat(width),
                style.gutter("-->"),
                file.display,
                lc.line,
                lc.column
            )?;
            writeln!(w, "{} {}", " ".repeat(width), style.gutter("|"))?;
            // The source of a finding about a secret may hold the secret: its place only.
            if rule.points_at_secret() {
                writeln!(
                    w,
                    "{} {} (source not shown: it may hold a secret)",
                    " ".repeat(width),
                    style.gutter("|")
                )?;
            } else {
                write_frame(file, loc.span, first, last, shown_last, width, style, w)?;
            }
        }
        None => writeln!(w, " {} {}", style.gutter("-->"), f.root)?,
    }
    let pad = " ".repeat(width);
    writeln!(w, "{pad} {}", style.gutter("|"))?;
    match g.applies_to() {
        None => {
            // A governance finding is about a comment, not a resource: no empty line for it.
            if !f.resource.is_empty() {
                writeln!(w, "{pad} {} resource: {}", style.gutter("="), f.resource)?;
            }
            for frame in f.module.0.iter().rev() {
                if let Some(call) = frame.call {
                    let file = scan.loaded.files.get(call.file);
                    writeln!(
                        w,
                        "{pad} {} in module.{}{}, called at {}:{}",
                        style.gutter("="),
                        frame.name,
                        crate::base::escape::control(&frame.key.to_string()),
                        file.display,
                        file.line_col(call.span.start).line
                    )?;
                }
            }
        }
        Some(applies) => {
            writeln!(w, "{pad} {} {applies}", style.gutter("="))?;
            for (name, call) in g.calls() {
                if let Some(call) = call {
                    let file = scan.loaded.files.get(call.file);
                    writeln!(
                        w,
                        "{pad} {} in {name}, called at {}:{}",
                        style.gutter("="),
                        file.display,
                        file.line_col(call.span.start).line
                    )?;
                }
            }
            if opts.verbose {
                for m in &g.members {
                    writeln!(
                        w,
                        "{pad} {} instance {}: {}",
                        style.gutter("="),
                        m.resource,
                        m.message
                    )?;
                }
            } else if g.messages_differ(scan) || g.addresses().len() > SHOWN_INSTANCES {
                writeln!(
                    w,
                    "{pad} {} each instance and its value: --verbose or --format json",
                    style.gutter("="),
                )?;
            }
        }
    }
    if let Some(change) = f.change {
        let what = match change {
            crate::finding::Change::NewResource => "new resource (created by this plan)",
            crate::finding::Change::Weakening => "weakening (brought by this plan)",
            crate::finding::Change::Existing => "existing (held before this plan)",
            crate::finding::Change::Drift => "drift (changed outside Terraform)",
        };
        writeln!(w, "{pad} {} change: {what}", style.gutter("="))?;
    }
    if let Some(fix) = g.fix() {
        let how = match fix.applicability {
            Applicability::Safe => "fix".to_string(),
            Applicability::Unsafe => "fix (unsafe)".to_string(),
            Applicability::DisplayOnly => "help".to_string(),
        };
        let note = fix
            .note
            .as_ref()
            .map_or(String::new(), |n| format!(" ({n})"));
        writeln!(
            w,
            "{pad} {} {how}: {}{}",
            style.gutter("="),
            crate::base::escape::control(&fix.title),
            crate::base::escape::control(&note)
        )?;
    }
    writeln!(w)
}

/// The lines of a span with a marker under the part the finding points at.
#[allow(clippy::too_many_arguments)]
fn write_frame(
    file: &SourceFile,
    span: crate::base::span::Span,
    first: usize,
    last: usize,
    shown_last: usize,
    width: usize,
    style: Style,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let start = file.line_col(span.start);
    let end = file.line_col(span.end);
    for line in first..=shown_last {
        let (text, column) = displayed(file.line_text(line).trim_end());
        let shown = text.as_str();
        let from = if line == first {
            column(start.column)
        } else {
            1
        };
        let line_chars = shown.chars().count();
        let to = if line == last && end.line == line {
            column(end.column).max(from + 1)
        } else {
            line_chars + 1
        };
        let leading = if line == first {
            from - 1
        } else {
            text.chars().take_while(|c| c.is_whitespace()).count()
        };
        let marks = to.saturating_sub(leading + 1).max(1);
        // A long line: a window starting a little before the marker, `...` where cut.
        let (skip, cut_after) = if line_chars > FRAME_WIDTH {
            let skip = leading
                .saturating_sub(FRAME_WIDTH / 3)
                .min(line_chars - FRAME_WIDTH);
            (skip, skip + FRAME_WIDTH < line_chars)
        } else {
            (0, false)
        };
        let before = if skip > 0 { "..." } else { "" };
        let after = if cut_after { "..." } else { "" };
        let window: String = if line_chars > FRAME_WIDTH {
            shown.chars().skip(skip).take(FRAME_WIDTH).collect()
        } else {
            shown.to_string()
        };
        writeln!(
            w,
            "{} {} {before}{window}{after}",
            style.gutter(&format!("{line:>width$}")),
            style.gutter("|"),
        )?;
        let room = if cut_after {
            (skip + FRAME_WIDTH).saturating_sub(leading)
        } else {
            usize::MAX
        };
        writeln!(
            w,
            "{} {} {}{}",
            " ".repeat(width),
            style.gutter("|"),
            " ".repeat(leading - skip + before.len()),
            style.paint("1;31", &"^".repeat(marks.min(room).max(1)))
        )?;
    }
    if last > shown_last && !file.line_text(first).trim_end().ends_with('{') {
        writeln!(w, "{} {} ...", " ".repeat(width), style.gutter("|"))?;
    }
    Ok(())
}

/// A source line as a frame shows it (tabs as four spaces, control characters escaped: the
/// line is the scanned file's content), and the column of the shown line where each column
/// of the source line (1-based, in characters) is.
fn displayed(line: &str) -> (String, impl Fn(usize) -> usize) {
    let mut text = String::with_capacity(line.len());
    let mut starts = Vec::with_capacity(line.len() + 1);
    let mut shown = 0;
    for c in line.chars() {
        starts.push(shown + 1);
        let before = text.len();
        if c == '\t' {
            text.push_str("    ");
        } else {
            let mut buf = [0; 4];
            text.push_str(&crate::base::escape::control(c.encode_utf8(&mut buf)));
        }
        shown += text[before..].chars().count();
    }
    let past = shown + 1;
    let column = move |source: usize| match starts.get(source.saturating_sub(1)) {
        Some(&at) => at,
        None => past + source.saturating_sub(starts.len() + 1),
    };
    (text, column)
}

/// Findings by severity and by rule, resources checked, and what could not be decided.
fn write_rule_summary(
    scan: &Scan,
    results: &crate::finding::outcome::RuleResults,
    style: Style,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // Counted once per rule and source location (`report::group`), as listed above.
    let groups = super::group::group(&results.findings);
    let active: Vec<&Finding> = groups
        .iter()
        .filter(|g| g.is_active())
        .map(|g| g.first())
        .collect();
    let count = |sev: Severity| active.iter().filter(|f| f.severity == sev).count();
    let mut by_rule = vec![0usize; RULES.len()];
    let mut severity_of = vec![Severity::Low; RULES.len()];
    for f in &active {
        by_rule[f.rule] += 1;
        severity_of[f.rule] = f.severity;
    }
    let active_instances = results.findings.iter().filter(|f| f.is_active()).count();
    if !active.is_empty() {
        writeln!(w, "{}", style.bold("Findings by rule:"))?;
        for (i, n) in by_rule.iter().enumerate().filter(|(_, n)| **n > 0) {
            let r = RULES[i];
            writeln!(
                w,
                "  {n:>4}  {} {} ({})",
                r.id,
                r.name,
                style.severity(severity_of[i])
            )?;
        }
    }
    let checked: usize = results.stats.iter().map(|s| s.checked()).sum();
    let resources: std::collections::BTreeSet<usize> = results
        .stats
        .iter()
        .flat_map(|s| s.outcomes().map(|(i, _)| i))
        .collect();
    let suppressed = groups.len() - active.len();
    let ran = scan
        .governance
        .policy
        .as_ref()
        .map_or(RULES.len(), |p| p.selected.iter().filter(|s| **s).count());
    writeln!(
        w,
        "{}: {} critical, {} high, {} medium, {} low{} ({} of {} by {}).",
        plural::count(active.len(), "finding", "findings"),
        count(Severity::Critical),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        if suppressed > 0 {
            format!("; {suppressed} suppressed")
        } else {
            String::new()
        },
        plural::count(checked, "check", "checks"),
        plural::count(resources.len(), "resource", "resources"),
        plural::count(ran, "rule", "rules"),
    )?;
    let active_refs: Vec<&Finding> = active.iter().map(|f| &**f).collect();
    if let Some(line) = super::change_summary(&active_refs) {
        let new_only = scan.governance.policy.as_ref().is_some_and(|p| p.new_only);
        let tail = if new_only {
            " With --new-only, only what the plan brings fails the run."
        } else {
            ""
        };
        writeln!(w, "{line}{tail}")?;
    }
    if active_instances > active.len() {
        writeln!(
            w,
            "Findings are counted once per rule and source location; the {} above cover {active_instances} findings on resource instances (--verbose lists each).",
            active.len()
        )?;
    }
    if let Some(line) = super::no_rule_applies(scan) {
        writeln!(w, "{line}")?;
    }
    if let Some(policy) = &scan.governance.policy
        && policy.fail_on != crate::config::FailOn::Low
    {
        writeln!(
            w,
            "The run fails on findings of severity {} or higher.",
            policy.fail_on.as_str()
        )?;
    }
    // Undecided for two reasons, each said as it is: a value unknown before apply, or an
    // account-level control in a root that may not be where the account is configured.
    let (mut unknown, mut elsewhere) = (Vec::new(), Vec::new());
    let mut total = 0;
    for (r, s) in RULES.iter().zip(&results.stats) {
        let (u, e) = s.undecided_split();
        total += u + e;
        if u > 0 {
            unknown.push(format!("{} {} ({u})", r.id, r.name));
        }
        if e > 0 {
            elsewhere.push(format!("{} {} ({e})", r.id, r.name));
        }
    }
    if total > 0 {
        let mut parts = Vec::new();
        if !unknown.is_empty() {
            parts.push(format!(
                "values not known before apply: {}",
                unknown.join(", ")
            ));
        }
        if !elsewhere.is_empty() {
            parts.push(format!(
                "{}: {}",
                super::UNDECIDED_ELSEWHERE_WHY,
                elsewhere.join(", ")
            ));
        }
        writeln!(w, "Undecided ({total}), {}.", parts.join("; "))?;
    }
    Ok(())
}

/// Suppressed findings, one line each with the reason, then the exceptions register's state
/// and the baseline entries that no longer match.
fn write_suppressed(
    scan: &Scan,
    findings: &[Finding],
    opts: TextOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let style = opts.style;
    // Findings accepted in the baseline are counted, not listed, except with --verbose:
    // they are the same on every run.
    let in_baseline = |f: &&Finding| {
        f.suppressed
            .as_ref()
            .is_some_and(|s| s.kind == crate::finding::suppression::Kind::Baseline)
    };
    // Counted once per rule and location, as the findings above are.
    let accepted = super::group::group(findings.iter().filter(in_baseline)).len();
    let suppressed: Vec<&Finding> = findings
        .iter()
        .filter(|f| !f.is_active())
        .filter(|f| opts.verbose || !in_baseline(f))
        .collect();
    if accepted > 0 && !opts.verbose {
        let source = findings
            .iter()
            .find_map(|f| {
                f.suppressed
                    .as_ref()
                    .filter(|s| s.kind == crate::finding::suppression::Kind::Baseline)
            })
            .map_or("", |s| s.source.as_str());
        writeln!(
            w,
            "{} in the baseline {source} (--verbose lists them).\n",
            plural::count(accepted, "finding accepted", "findings accepted")
        )?;
    }
    if !suppressed.is_empty() {
        writeln!(w, "{}", style.bold("Suppressed (documented deviations):"))?;
        // One line per rule, location and suppression (the instances it covers named in it);
        // with --verbose one line per instance.
        let groups = if opts.verbose {
            suppressed
                .iter()
                .map(|f| super::group::Group { members: vec![*f] })
                .collect()
        } else {
            super::group::group(suppressed.iter().copied())
        };
        for g in &groups {
            let f = g.first();
            let Some(s) = &f.suppressed else { continue };
            let rule = RULES[f.rule];
            let mut details = vec![s.kind.as_str().to_string(), s.source.clone()];
            if let Some(by) = &s.approved_by {
                details.push(format!("approved by {by}"));
            }
            if let Some(t) = &s.ticket {
                details.push(t.clone());
            }
            if let Some(e) = s.expires {
                details.push(format!("until {e}"));
            }
            writeln!(
                w,
                "  {} {} {}: {} [{}]",
                rule.id,
                rule.name,
                match g.applies_to() {
                    Some(applies) => format!("{} ({applies})", g.block_address(scan)),
                    None if f.resource.is_empty() => "-".to_string(),
                    None => f.resource.clone(),
                },
                s.reason.as_deref().unwrap_or("no reason given"),
                details.join(", ")
            )?;
        }
        writeln!(w)?;
    }
    let g = &scan.governance;
    if let (Some((register, outcome)), Some(policy)) = (&g.exceptions, &g.policy) {
        let applied: usize = outcome.applied.iter().sum();
        writeln!(
            w,
            "Exceptions register {}: {}, {} excepted.",
            register.display,
            plural::count(register.entries.len(), "entry", "entries"),
            plural::count(applied, "finding", "findings")
        )?;
        for (n, e) in register.entries.iter().enumerate() {
            let days = e.expires.days() - policy.today.days();
            if days < 0 {
                writeln!(
                    w,
                    "  exception {} ({} {}) expired on {}{}",
                    e.number,
                    e.rule_key,
                    crate::base::escape::control(&e.resource),
                    e.expires,
                    if outcome.expired_matches[n] > 0 {
                        format!(
                            ": {} again",
                            plural::count(
                                outcome.expired_matches[n],
                                "finding counts",
                                "findings count"
                            )
                        )
                    } else {
                        String::new()
                    }
                )?;
            } else if days <= 30 {
                writeln!(
                    w,
                    "  exception {} ({} {}) expires in {}, on {} ({}, approved by {})",
                    e.number,
                    e.rule_key,
                    crate::base::escape::control(&e.resource),
                    plural::count(usize::try_from(days).unwrap_or(0), "day", "days"),
                    e.expires,
                    e.ticket,
                    e.approved_by
                )?;
            }
        }
    }
    if !g.stale_baseline.is_empty() {
        writeln!(
            w,
            "{} no finding any more (fixed or removed); run with --write-baseline to shrink the baseline:",
            plural::count(
                g.stale_baseline.len(),
                "baseline entry matches",
                "baseline entries match"
            )
        )?;
        for e in &g.stale_baseline {
            writeln!(w, "  {} {} {} ({})", e.rule, e.resource, e.path, e.root)?;
        }
    }
    Ok(())
}

/// The configuration's exclusions accepted with a reason, one line each: a deviation
/// reviewers see on every run, like a suppression.
fn write_exclusions(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let Some(policy) = &scan.governance.policy else {
        return Ok(());
    };
    let config = policy
        .config
        .as_ref()
        .map_or_else(String::new, |c| crate::base::path::display(&c.path));
    for e in &policy.exclusions {
        if let Some(reason) = &e.reason {
            writeln!(
                w,
                "Not checked, excluded in {config}:{}: `{}`: {}",
                e.line,
                crate::base::escape::control(&e.glob),
                crate::base::escape::control(reason)
            )?;
        }
    }
    Ok(())
}

/// Most input errors repeated in the closing summary; the rest are above.
const ERRORS_REPEATED: usize = 10;

/// The closing lines for a run with input errors: they are repeated here (the first may be
/// line 1 of a long report) with what to do: fix them, or exclude a directory that is not
/// meant to be checked.
fn write_input_errors(
    scan: &Scan,
    errors: usize,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    writeln!(
        w,
        "{} in the input: the run fails closed (exit 2):",
        plural::count(errors, "error", "errors")
    )?;
    let errors_iter = scan.diagnostics.iter().filter(|d| d.is_error());
    for d in errors_iter.clone().take(ERRORS_REPEATED) {
        writeln!(w, "  {}", d.render())?;
    }
    if errors > ERRORS_REPEATED {
        writeln!(w, "  ... and {} more above", errors - ERRORS_REPEATED)?;
    }
    // Directories holding a Terraform file with an error: those an exclusion can leave out.
    // A module another one calls is not offered: excluding it breaks its caller.
    let loaded = &scan.loaded;
    let called: std::collections::BTreeSet<String> = loaded
        .modules
        .iter()
        .flat_map(|m| {
            m.calls
                .iter()
                .filter(|c| c.is_local())
                .filter_map(|c| c.source.as_deref())
                .map(|source| {
                    crate::base::path::display(&crate::base::path::normalize(&m.dir.join(source)))
                })
        })
        .collect();
    let terraform = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];
    let dirs: std::collections::BTreeSet<&str> = errors_iter
        .filter_map(|d| d.file.as_deref())
        .filter(|f| terraform.iter().any(|ext| f.ends_with(ext)))
        .filter_map(|f| f.rsplit_once('/').map(|(dir, _)| dir))
        .filter(|dir| !called.contains(*dir))
        // Only names that need no quoting are offered as a command to copy.
        .filter(|dir| {
            !dir.is_empty()
                && !dir.starts_with(['/', '-'])
                && dir
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
        })
        .collect();
    match dirs.first() {
        Some(dir) => writeln!(
            w,
            "Fix {}; or, for a directory that is not meant to be checked (`{dir}`{}), exclude it for one run with `--exclude '{dir}'`, or for good in .tfgate.toml with the reason: `exclude = [{{ path = \"{dir}\", reason = \"...\" }}]`.",
            plural::noun(errors, "it", "them"),
            if dirs.len() > 1 {
                format!(" and {} more", dirs.len() - 1)
            } else {
                String::new()
            }
        )?,
        None => writeln!(
            w,
            "Fix {} and run again.",
            plural::noun(errors, "it", "them")
        )?,
    }
    Ok(())
}

/// One note for the foreign suppressions left to migrate, instead of a finding each.
fn write_foreign_note(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    match super::foreign_note(scan) {
        Some(note) => writeln!(w, "{note}"),
        None => Ok(()),
    }
}
