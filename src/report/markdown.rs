//! A compact Markdown summary for a pull request comment or `$GITHUB_STEP_SUMMARY`: the
//! verdict, counts by severity, a table of findings (the hundred most severe, then by file
//! and line), fixes available,
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
    // One row per rule and location (`report::group`), most severe first: the rows cut off
    // after the hundredth are the least severe.
    let all = super::group::of_scan(scan);
    let groups = super::group::active_by_severity(scan);
    let suppressed = all.len() - groups.len();
    let instances: usize = groups.iter().map(|g| g.members.len()).sum();
    let findings: Vec<&crate::finding::Finding> = groups.iter().map(|g| g.first()).collect();
    let errors: Vec<_> = scan.diagnostics.iter().filter(|d| d.is_error()).collect();
    let verdict = if !errors.is_empty() {
        "❌ input errors: the run fails closed"
    } else if findings.is_empty() {
        "✅ the baseline holds"
    } else if scan.governance.policy.as_ref().is_some_and(|p| p.new_only)
        && findings
            .iter()
            .all(|f| f.change.is_some_and(|c| !c.is_new()))
    {
        "✅ this plan weakens nothing (its findings predate it)"
    } else {
        "❌ the baseline is broken"
    };
    let _ = writeln!(out, "## tfgate: {verdict}\n");
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
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
    if let Some(line) = super::change_summary(&findings) {
        let _ = writeln!(out, "{line}\n");
    }
    if instances > groups.len() {
        let _ = writeln!(
            out,
            "A finding is one rule at one source location; these cover {instances} findings on resource instances.\n"
        );
    }
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
        for g in groups.iter().take(MAX_ROWS) {
            let f = g.first();
            let rule = RULES[f.rule];
            let resource = match g.addresses().len() {
                // A governance finding has no resource: a dash, not an empty code span.
                1 if f.resource.is_empty() => "-".to_string(),
                1 => markdown_code(&f.resource),
                n => format!("{} ({n} instances)", markdown_code(&g.block_address(scan))),
            };
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
                resource,
                markdown_code(&place),
                markdown_message(&format!("{}{}", super::change_tag(f), g.message(scan)))
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
            groups
                .iter()
                .filter(|g| g.fix().is_some_and(|x| x.applicability == a))
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
