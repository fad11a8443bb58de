//! A compact Markdown summary for a pull request comment or `$GITHUB_STEP_SUMMARY`: the
//! verdict, counts by severity, a table of findings (the first hundred), fixes available,
//! and per rule what was checked.

use std::fmt::Write as _;

use super::primary_location;
use crate::base::escape::{markdown_code, markdown_message};
use crate::finding::Severity;
use crate::finding::fix::Applicability;
use crate::finding::outcome::Outcome;
use crate::rules::RULES;
use crate::scan::Scan;

/// Findings listed before the table is cut short.
const MAX_ROWS: usize = 100;

/// Writes the Markdown summary.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = String::new();
    let empty = Vec::new();
    let all = scan.results.as_ref().map_or(&empty, |r| &r.findings);
    let active: Vec<crate::finding::Finding> =
        all.iter().filter(|f| f.is_active()).cloned().collect();
    let suppressed = all.len() - active.len();
    let findings = &active;
    let errors: Vec<_> = scan.diagnostics.iter().filter(|d| d.is_error()).collect();
    let verdict = if !errors.is_empty() {
        "❌ input errors: the run fails closed"
    } else if findings.is_empty() {
        "✅ the baseline holds"
    } else {
        "❌ the baseline is broken"
    };
    let _ = writeln!(out, "## tfgate: {verdict}\n");
    let count = |s: Severity| {
        findings
            .iter()
            .filter(|f| RULES[f.rule].severity == s)
            .count()
    };
    let _ = writeln!(
        out,
        "**{}** {}: {} critical, {} high, {} medium, {} low{}. {}, {} checked.\n",
        findings.len(),
        crate::base::plural::noun(findings.len(), "finding", "findings"),
        count(Severity::Critical),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        if suppressed > 0 {
            format!(" ({suppressed} suppressed as documented deviations)")
        } else {
            String::new()
        },
        crate::base::plural::count(scan.loaded.files.len(), "file", "files"),
        crate::base::plural::count(
            scan.workspace.instances.len(),
            "resource instance",
            "resource instances"
        ),
    );
    if let Some(line) = super::modules_not_checked(scan) {
        let _ = writeln!(out, "⚠️ {line}\n");
    }
    if let Some(line) = super::no_rule_applies(scan) {
        let _ = writeln!(out, "⚠️ {}\n", crate::base::escape::markdown(&line));
    }
    if let Some(note) = super::foreign_note(scan) {
        let _ = writeln!(out, "{}\n", crate::base::escape::markdown(&note));
    }
    if !errors.is_empty() {
        let _ = writeln!(out, "### Input errors\n");
        for d in &errors {
            let _ = writeln!(out, "- {}", markdown_code(&d.render()));
        }
        out.push('\n');
    }
    if !findings.is_empty() {
        let _ = writeln!(out, "| Severity | Rule | Resource | Location | Finding |");
        let _ = writeln!(out, "| --- | --- | --- | --- | --- |");
        for f in findings.iter().take(MAX_ROWS) {
            let rule = RULES[f.rule];
            let place = primary_location(scan, f).map_or_else(
                || f.root.to_string(),
                |loc| {
                    let file = scan.loaded.files.get(loc.file);
                    format!("{}:{}", file.display, file.line_col(loc.span.start).line)
                },
            );
            let _ = writeln!(
                out,
                "| {} | [{}]({}) `{}` | {} | {} | {} |",
                f.severity.as_str(),
                rule.id,
                super::rule_doc_url(rule),
                rule.name,
                // A governance finding has no resource: a dash, not an empty code span.
                if f.resource.is_empty() {
                    "-".to_string()
                } else {
                    markdown_code(&f.resource)
                },
                markdown_code(&place),
                markdown_message(&f.message)
            );
        }
        if findings.len() > MAX_ROWS {
            let _ = writeln!(
                out,
                "\n…and {} more; the SARIF or JSON report has them all.",
                findings.len() - MAX_ROWS
            );
        }
        out.push('\n');
        let fixable = |a: Applicability| {
            findings
                .iter()
                .filter(|f| f.fix.as_ref().is_some_and(|x| x.applicability == a))
                .count()
        };
        let (safe, unsafe_) = (fixable(Applicability::Safe), fixable(Applicability::Unsafe));
        if safe + unsafe_ > 0 {
            let _ = writeln!(
                out,
                "{} can be fixed with `tfgate check --fix`, {unsafe_} more with `--unsafe-fixes`.\n",
                crate::base::plural::count(safe, "finding", "findings")
            );
        }
    }
    if let Some(results) = &scan.results {
        let _ = writeln!(
            out,
            "<details><summary>Checks by rule</summary>\n\n| Rule | Checked | Passed | Failed | Undecided |\n| --- | ---: | ---: | ---: | ---: |"
        );
        for (rule, s) in RULES
            .iter()
            .zip(&results.stats)
            .filter(|(_, s)| s.checked() > 0)
        {
            let _ = writeln!(
                out,
                "| {} `{}` | {} | {} | {} | {} |",
                rule.id,
                rule.name,
                s.checked(),
                s.count(Outcome::Passed),
                s.count(Outcome::Failed),
                s.count(Outcome::Undecided)
            );
        }
        let _ = writeln!(out, "\n</details>");
    }
    w.write_all(out.as_bytes())
}
