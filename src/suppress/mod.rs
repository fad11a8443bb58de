//! Documented deviations: suppression comments (tfgate's own and, for teams migrating,
//! tfsec's, Trivy's and Checkov's), with reasons and expiry dates, applied to the findings of
//! a run; and the governance findings that keep them honest (no reason, an unknown rule, a
//! suppression that suppresses nothing).
//!
//! tfgate's syntax, in any comment form (`#`, `//`, `/* */`):
//!
//! ```text
//! # tfgate:ignore TFG-S3-001[, ssh-open-to-internet ...] [until 2027-03-31] -- reason
//! ```
//!
//! Rules are named by id, name or any peer alias. The comment covers the line it ends, or,
//! alone on its line (with other comment lines below it), the line under it: an argument,
//! a block (everything in it) or a `module` block (every resource of that call).

pub mod baseline;

pub mod exceptions;

use std::collections::HashMap;

use crate::base::date::Date;

use crate::base::source::{SourceFile, SourceFiles};
use crate::base::span::{FileId, Loc, Span};
use crate::finding::Finding;
use crate::finding::suppression::{Kind, Suppression};
use crate::model::{EvalBody, Instance, Workspace};
use crate::rules::RULES;

/// A suppression comment, as written.
#[derive(Clone, Debug)]
struct Directive {
    kind: Kind,
    file: FileId,
    span: Span,
    /// The line the comment covers (1-based).
    target_line: usize,
    keys: Vec<String>,
    reason: Option<String>,
    /// `Err(text)` for an expiry that is not a valid date: it suppresses nothing.
    expires: Result<Option<Date>, String>,
    used: bool,
    /// A rule it names could not be decided on a resource it covers: once the values are
    /// known it may suppress a finding, so it is not reported as unused.
    undecided: bool,
}

/// One directive parsed from a comment's text, before it is placed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Parsed {
    kind: Kind,
    keys: Vec<String>,
    reason: Option<String>,
    expires: Result<Option<Date>, String>,
}

/// Parses the directives in a comment's text (without its markers).
fn parse_comment(text: &str) -> Vec<Parsed> {
    let trimmed = text.trim();
    if let Some(rest) = trimmed.strip_prefix("tfgate:ignore") {
        return vec![parse_own(rest)];
    }
    if let Some(parsed) = parse_checkov(trimmed) {
        return parsed;
    }
    let mut out = Vec::new();
    let mut reason_from = 0;
    for (prefix, kind) in [
        ("tfsec:ignore:", Kind::Tfsec),
        ("trivy:ignore:", Kind::Trivy),
    ] {
        let mut search = 0;
        while let Some(at) = trimmed[search..].find(prefix) {
            let start = search + at + prefix.len();
            let end = trimmed[start..]
                .find(char::is_whitespace)
                .map_or(trimmed.len(), |e| start + e);
            let token = &trimmed[start..end];
            let (id, expires) = match token.split_once(":exp:") {
                Some((id, date)) => (
                    id,
                    Date::parse(date).map(Some).ok_or_else(|| date.to_string()),
                ),
                None => (token, Ok(None)),
            };
            out.push(Parsed {
                kind,
                keys: vec![id.to_string()],
                reason: None,
                expires,
            });
            reason_from = reason_from.max(end);
            search = end;
        }
    }
    // A reason may follow the last directive: `#tfsec:ignore:x -- why`.
    let reason = clean_reason(&trimmed[reason_from.min(trimmed.len())..]);
    for p in &mut out {
        p.reason = reason.clone();
    }
    out
}

/// The prefixes Checkov reads a skip from, anywhere in a comment.
const CHECKOV_PREFIXES: [&str; 3] = ["checkov:skip=", "bridgecrew:skip=", "cortex:skip="];

/// A Checkov skip, in every form Checkov reads: one of [`CHECKOV_PREFIXES`] anywhere in the
/// comment, blanks, ids of letters, digits, `_` and `-` separated by commas (no blanks), then
/// `:reason`. Checkov ignores text after blanks instead of the colon
/// (`checkov:skip=CKV_AWS_18   logs go elsewhere`); that text is the reason its author meant,
/// so it is read as one. One directive per id.
fn parse_checkov(text: &str) -> Option<Vec<Parsed>> {
    let (at, prefix) = CHECKOV_PREFIXES
        .iter()
        .filter_map(|p| text.find(p).map(|at| (at, *p)))
        .min()?;
    let rest = text[at + prefix.len()..].trim_start_matches(' ');
    let is_id = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    // The ids run to the first character that is neither an id character nor a comma
    // between two ids.
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < rest.len() {
        // Only ASCII bytes are id characters or commas, so `end` stays on a character
        // boundary.
        let c = bytes[end] as char;
        let comma_between_ids =
            c == ',' && end > 0 && bytes.get(end + 1).is_some_and(|&b| is_id(b as char));
        if is_id(c) || comma_between_ids {
            end += 1;
        } else {
            break;
        }
    }
    let (ids, tail) = rest.split_at(end);
    let reason = match tail.strip_prefix(':') {
        Some(r) => clean_reason(r),
        None => clean_reason(tail),
    };
    let keys: Vec<String> = ids
        .split(',')
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect();
    let one = |keys: Vec<String>| Parsed {
        kind: Kind::Checkov,
        keys,
        reason: reason.clone(),
        expires: Ok(None),
    };
    Some(if keys.is_empty() {
        vec![one(Vec::new())]
    } else {
        keys.into_iter().map(|k| one(vec![k])).collect()
    })
}

/// `TFG-S3-001, other until 2027-01-31 -- reason`.
fn parse_own(rest: &str) -> Parsed {
    let (head, reason) = match rest.split_once("--") {
        Some((h, r)) => (h, clean_reason(r)),
        None => (rest, None),
    };
    let mut keys = Vec::new();
    let mut expires = Ok(None);
    let mut words = head
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w == "until" {
            let date = words.next().unwrap_or("");
            expires = Date::parse(date).map(Some).ok_or_else(|| date.to_string());
        } else {
            keys.push(w.to_string());
        }
    }
    Parsed {
        kind: Kind::Inline,
        keys,
        reason,
        expires,
    }
}

fn clean_reason(s: &str) -> Option<String> {
    let r = s.trim().trim_start_matches(['-', ':']).trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// Finds the directives of every native-syntax file. Only files that mention a directive
/// keyword are lexed.
fn directives(files: &SourceFiles) -> Vec<Directive> {
    use rayon::prelude::*;
    let per_file: Vec<Vec<Directive>> = files
        .iter()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(id, file)| file_directives(id, file))
        .collect();
    per_file.into_iter().flatten().collect()
}

/// One file's directives, in comment order.
fn file_directives(id: FileId, file: &SourceFile) -> Vec<Directive> {
    let text = &file.text;
    if file.display.ends_with(".json")
        || !(text.contains("tfgate:ignore")
            || text.contains("tfsec:ignore:")
            || text.contains("trivy:ignore:")
            || CHECKOV_PREFIXES.iter().any(|p| text.contains(p)))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in crate::load::comments::lex_comments(text) {
        let parsed = parse_comment(c.text(text));
        if parsed.is_empty() {
            continue;
        }
        let target_line = target_line(file, c.span);
        for p in parsed {
            out.push(Directive {
                kind: p.kind,
                file: id,
                span: c.span,
                target_line,
                keys: p.keys,
                reason: p.reason,
                expires: p.expires,
                used: false,
                undecided: false,
            });
        }
    }
    out
}

/// The line a comment covers: its own when code precedes it on the line, else the first
/// line below it that is not a comment line.
fn target_line(file: &SourceFile, span: Span) -> usize {
    let start = file.line_col(span.start).line;
    let before = &file.line_text(start)[..0];
    let line_start = file.line_offset(start).unwrap_or(0) as usize;
    let prefix = file
        .text
        .get(line_start..span.start as usize)
        .unwrap_or(before);
    if !prefix.trim().is_empty() {
        return start;
    }
    let (_, end) = file.lines(span);
    let mut line = end + 1;
    loop {
        let t = file.line_text(line).trim_start();
        let comment_only = t.starts_with('#') || t.starts_with("//") || t.starts_with("/*");
        if !comment_only || file.line_offset(line).is_none() {
            return line;
        }
        line += 1;
    }
}

/// The rule indices a key names (`*`: all).
fn rules_named(key: &str) -> Vec<usize> {
    if key == "*" {
        return (0..RULES.len()).collect();
    }
    RULES
        .iter()
        .enumerate()
        .filter(|(_, r)| r.matches(key))
        .map(|(i, _)| i)
        .collect()
}

/// What applying suppressions produced besides marking findings.
pub struct Applied {
    /// Governance findings (no reason, unknown rule, unused).
    pub findings: Vec<Finding>,
    /// Foreign suppressions left to migrate, reported once per run rather than as findings.
    pub foreign: Foreign,
}

/// Suppressions of other tools that tfgate reports as one note, not as findings: those
/// whose syntax has no reason field (`tfsec:ignore:ID`, `trivy:ignore:ID` without a trailing
/// `-- reason`), and those naming only peer checks tfgate does not implement (the old tool's
/// concern: they suppress nothing here).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Foreign {
    /// tfsec and Trivy suppressions of a tfgate rule that give no reason (honoured).
    pub without_reason: usize,
    /// Foreign suppressions that name no check tfgate implements.
    pub unknown_checks: usize,
    /// Foreign suppressions of a tfgate rule that suppress nothing here (the peer's check
    /// may have judged differently).
    pub unused: usize,
    /// Where the first of them is (`main.tf:12`).
    pub first: Option<String>,
}

impl Foreign {
    pub fn is_empty(&self) -> bool {
        self.without_reason + self.unknown_checks + self.unused == 0
    }
}

/// Marks findings covered by a suppression comment, notes expired ones in the message, and
/// returns the governance findings. `selected` rules are those that ran: a suppression of a
/// rule that did not run is not unused, nor is one of a rule that was undecided (`stats`,
/// per rule) on a resource it covers.
pub fn apply_comments(
    files: &SourceFiles,
    ws: &Workspace,
    findings: &mut [Finding],
    stats: &[crate::finding::outcome::RuleStats],
    selected: &[bool],
    today: Date,
) -> Applied {
    let mut dirs = directives(files);
    if dirs.is_empty() {
        return Applied {
            findings: Vec::new(),
            foreign: Foreign::default(),
        };
    }
    let mut by_line: HashMap<(FileId, usize), Vec<usize>> = HashMap::new();
    // `checkov:skip` comments apply to the resource block they are in: per file, by start.
    let mut checkov: HashMap<FileId, Vec<usize>> = HashMap::new();
    for (n, d) in dirs.iter().enumerate() {
        if d.kind == Kind::Checkov {
            checkov.entry(d.file).or_default().push(n);
        } else {
            by_line.entry((d.file, d.target_line)).or_default().push(n);
        }
    }
    for list in checkov.values_mut() {
        list.sort_by_key(|&n| dirs[n].span.start);
    }
    // The directives covering these places of an instance: comments on their lines, and
    // `checkov:skip` comments inside the instance's block.
    let covering = |locs: Vec<Loc>, inst: &Instance, dirs: &[Directive]| -> Vec<usize> {
        let mut candidates: Vec<usize> = Vec::new();
        for loc in locs {
            let line = files.get(loc.file).line_of(loc.span.start);
            if let Some(ds) = by_line.get(&(loc.file, line)) {
                candidates.extend(ds);
            }
        }
        if let Some(block) = inst.loc
            && let Some(list) = checkov.get(&block.file)
        {
            let first = list.partition_point(|&n| dirs[n].span.start < block.span.start);
            candidates.extend(
                list[first..]
                    .iter()
                    .copied()
                    .take_while(|&n| dirs[n].span.start < block.span.end)
                    .filter(|&n| dirs[n].span.end <= block.span.end),
            );
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
    };
    for (rule, stats) in stats.iter().enumerate() {
        for (i, outcome) in stats.outcomes() {
            if outcome != crate::finding::outcome::Outcome::Undecided {
                continue;
            }
            let inst = &ws.instances[i];
            let locs = inst
                .loc
                .into_iter()
                .chain(inst.module.0.iter().filter_map(|frame| frame.call))
                .collect();
            for n in covering(locs, inst, &dirs) {
                let d = &mut dirs[n];
                if d.keys.iter().any(|k| rules_named(k).contains(&rule)) {
                    d.undecided = true;
                }
            }
        }
    }
    for f in findings.iter_mut() {
        let Some(inst) = f.instance.map(|i| &ws.instances[i]) else {
            continue;
        };
        for n in covering(covering_locations(f, inst), inst, &dirs) {
            let d = &mut dirs[n];
            if !d.keys.iter().any(|k| rules_named(k).contains(&f.rule)) {
                continue;
            }
            d.used = true;
            let file = files.get(d.file);
            let source = format!("{}:{}", file.display, file.line_col(d.span.start).line);
            match &d.expires {
                Ok(Some(date)) if *date < today => {
                    f.message
                        .push_str(&format!(" (the suppression at {source} expired on {date})"));
                }
                Err(text) => {
                    f.message.push_str(&format!(
                        " (the suppression at {source} has an invalid expiry date \"{text}\" and suppresses nothing)"
                    ));
                }
                Ok(expires) => {
                    if f.suppressed.is_none() {
                        f.suppressed = Some(Box::new(Suppression {
                            kind: d.kind,
                            reason: d
                                .reason
                                .as_deref()
                                .map(|r| crate::base::escape::control(r).into_owned()),
                            expires: *expires,
                            approved_by: None,
                            ticket: None,
                            source,
                        }));
                    }
                }
            }
        }
    }
    let (findings, foreign) = governance(files, ws, &dirs, selected);
    Applied { findings, foreign }
}

/// The finding's own location, its resource block, the nested blocks around it and the
/// `module` blocks of its call chain: a comment covering any of them covers the finding.
fn covering_locations(f: &Finding, inst: &Instance) -> Vec<Loc> {
    let mut out: Vec<Loc> = Vec::new();
    out.extend(f.loc);
    out.extend(inst.loc);
    if let Some(at) = f.loc {
        enclosing_blocks(&inst.body, at, &mut out);
    }
    out.extend(inst.module.0.iter().filter_map(|frame| frame.call));
    out
}

fn enclosing_blocks(body: &EvalBody, at: Loc, out: &mut Vec<Loc>) {
    for b in &body.blocks {
        if let Some(loc) = b.loc
            && loc.file == at.file
            && loc.span.start <= at.span.start
            && at.span.end <= loc.span.end
        {
            out.push(loc);
            enclosing_blocks(&b.body, at, out);
        }
    }
}

/// The governance rules' indices.
fn rule_index(id: &str) -> usize {
    RULES
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} is registered"))
}

/// Findings about the suppressions themselves, and the foreign ones left to migrate.
fn governance(
    files: &SourceFiles,
    ws: &Workspace,
    dirs: &[Directive],
    selected: &[bool],
) -> (Vec<Finding>, Foreign) {
    let (no_reason, unknown, unused) = (
        rule_index("TFG-GOV-001"),
        rule_index("TFG-GOV-002"),
        rule_index("TFG-GOV-003"),
    );
    let mut out = Vec::new();
    let mut foreign = Foreign::default();
    for d in dirs {
        let file = files.get(d.file);
        let at = format!("{}:{}", file.display, file.line_col(d.span.start).line);
        let named: Vec<(&String, Vec<usize>)> =
            d.keys.iter().map(|k| (k, rules_named(k))).collect();
        if d.kind != Kind::Inline {
            // A peer's suppression that names no check of tfgate was for the old tool; one
            // in a syntax without a reason field cannot give one. Both go to one note.
            let counted = if named.iter().all(|(_, rules)| rules.is_empty()) {
                Some(&mut foreign.unknown_checks)
            } else if d.reason.is_none() && matches!(d.kind, Kind::Tfsec | Kind::Trivy) {
                Some(&mut foreign.without_reason)
            } else {
                None
            };
            if let Some(n) = counted {
                *n += 1;
                foreign.first.get_or_insert_with(|| at.clone());
                if named.iter().all(|(_, rules)| rules.is_empty()) {
                    continue;
                }
            }
        }
        let what = match d.kind {
            Kind::Inline => "tfgate:ignore".to_string(),
            k => format!("{} suppression", k.as_str()),
        };
        let mut push = |rule: usize, message: String| {
            if selected.get(rule).copied().unwrap_or(false) {
                out.push(meta_finding(ws, d, rule, message));
            }
        };
        let reason_expected = matches!(d.kind, Kind::Inline | Kind::Checkov);
        if d.reason.is_none() && reason_expected {
            push(
                no_reason,
                format!(
                    "{what} of {} gives no reason: a deviation from the baseline must say why (`-- reason`)",
                    d.keys.join(", ")
                ),
            );
        }
        // Foreign ids of checks tfgate does not have are not errors: they were for the old tool.
        if d.kind == Kind::Inline {
            for (k, rules) in &named {
                if rules.is_empty() {
                    push(
                        unknown,
                        format!("{what} names `{k}`, which is no rule id, name or peer alias"),
                    );
                }
            }
            if d.keys.is_empty() {
                push(unknown, format!("{what} names no rule"));
            }
        }
        let known_and_ran = named.iter().any(|(_, rules)| {
            rules
                .iter()
                .any(|&r| selected.get(r).copied().unwrap_or(false))
        });
        if !d.used && !d.undecided && known_and_ran && d.expires.is_ok() {
            if d.kind != Kind::Inline {
                // Written for the old tool, whose check may judge differently: one note,
                // not a finding about the team's own comment on its first run.
                foreign.unused += 1;
                foreign.first.get_or_insert_with(|| at.clone());
                continue;
            }
            push(
                unused,
                format!(
                    "{what} of {} at {at} suppresses nothing: remove it",
                    d.keys.join(", ")
                ),
            );
        }
    }
    (out, foreign)
}

fn meta_finding(ws: &Workspace, d: &Directive, rule: usize, message: String) -> Finding {
    let _ = ws;
    Finding {
        rule,
        instance: None,
        resource: String::new(),
        root: std::sync::Arc::from(""),
        // The keys and text come from the comment: escaped (see `crate::base::escape`).
        message: crate::base::escape::control(&message).into_owned(),
        path: String::new(),
        loc: Some(Loc {
            file: d.file,
            span: d.span,
        }),
        module: std::sync::Arc::default(),
        remedy: None,
        fix: None,
        severity: RULES[rule].severity,
        suppressed: None,
        change: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_syntax() {
        let p = parse_comment(
            " tfgate:ignore TFG-S3-001, ssh-open-to-internet until 2027-01-31 -- public site ",
        );
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].keys, ["TFG-S3-001", "ssh-open-to-internet"]);
        assert_eq!(p[0].expires, Ok(Date::parse("2027-01-31")));
        assert_eq!(p[0].reason.as_deref(), Some("public site"));
        let bad = parse_comment("tfgate:ignore X until 2027-02-30");
        assert_eq!(bad[0].expires, Err("2027-02-30".to_string()));
        assert_eq!(bad[0].reason, None);
    }

    #[test]
    fn foreign_syntaxes() {
        let p = parse_comment(
            "tfsec:ignore:aws-s3-enable-versioning:exp:2026-01-02 trivy:ignore:AVD-AWS-0086 -- legacy",
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].kind, Kind::Tfsec);
        assert_eq!(p[0].keys, ["aws-s3-enable-versioning"]);
        assert_eq!(p[0].expires, Ok(Date::parse("2026-01-02")));
        assert_eq!(p[1].kind, Kind::Trivy);
        assert_eq!(p[1].reason.as_deref(), Some("legacy"));
        let c = parse_comment("checkov:skip=CKV_AWS_18:Logs go elsewhere");
        assert_eq!(c[0].keys, ["CKV_AWS_18"]);
        assert_eq!(c[0].reason.as_deref(), Some("Logs go elsewhere"));
        assert!(parse_comment(" an ordinary comment about tfsec").is_empty());
    }

    #[test]
    fn every_checkov_skip_form() {
        // (comment text, [(id, reason)])
        type Skips<'a> = &'a [(&'a str, Option<&'a str>)];
        let cases: &[(&str, Skips)] = &[
            (
                "checkov:skip=CKV_AWS_18:logs elsewhere",
                &[("CKV_AWS_18", Some("logs elsewhere"))],
            ),
            (
                "checkov:skip=CKV_AWS_18   logs elsewhere",
                &[("CKV_AWS_18", Some("logs elsewhere"))],
            ),
            (
                "checkov:skip=  CKV_AWS_18: spaced",
                &[("CKV_AWS_18", Some("spaced"))],
            ),
            ("checkov:skip=CKV_AWS_18", &[("CKV_AWS_18", None)]),
            (
                "checkov:skip=CKV_AWS_18,CKV2_AWS_6:both",
                &[("CKV_AWS_18", Some("both")), ("CKV2_AWS_6", Some("both"))],
            ),
            (
                "bridgecrew:skip=BC_AWS_S3_13:old name",
                &[("BC_AWS_S3_13", Some("old name"))],
            ),
            (
                "cortex:skip=CKV_AWS_7:new name",
                &[("CKV_AWS_7", Some("new name"))],
            ),
            (
                "see ticket 42 checkov:skip=CKV_AWS_7: later in the comment",
                &[("CKV_AWS_7", Some("later in the comment"))],
            ),
            (
                "checkov:skip=CKV_AWS_7, and a reason",
                &[("CKV_AWS_7", Some(", and a reason"))],
            ),
            ("checkov:skip=é", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(String, Option<String>)> = parse_comment(text)
                .into_iter()
                .inspect(|p| assert_eq!(p.kind, Kind::Checkov, "{text}"))
                .flat_map(|p| p.keys.into_iter().map(move |k| (k, p.reason.clone())))
                .collect();
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(k, r)| (k.to_string(), r.map(String::from)))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
