//! `tfgate check` for people: diagnostics, then a summary.

use crate::Scan;
use crate::diag::Level;
use crate::load::module::Mode;

/// Writes the check report as text.
pub fn write(scan: &Scan, verbose: bool, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    for d in &scan.diagnostics {
        if d.level == Level::Error || verbose {
            writeln!(w, "{}", d.render())?;
        }
    }
    let findings = scan
        .results
        .as_ref()
        .map_or(&[][..], |r| r.findings.as_slice());
    for f in findings {
        let rule = crate::rules::RULES[f.rule];
        let place = match f.loc {
            Some(loc) => {
                let file = scan.loaded.files.get(loc.file);
                let lc = file.line_col(loc.span.start);
                format!("{}:{}:{}: ", file.display, lc.line, lc.column)
            }
            None => format!("{}: ", f.root),
        };
        writeln!(
            w,
            "{place}{}[{} {}]: {} ({})",
            rule.severity.as_str(),
            rule.id,
            rule.name,
            f.message,
            f.resource
        )?;
        if let Some(frame) = f.module.0.last()
            && let Some(call) = frame.call
        {
            let file = scan.loaded.files.get(call.file);
            writeln!(
                w,
                "    in {}, called at {}:{}",
                f.module,
                file.display,
                file.line_col(call.span.start).line
            )?;
        }
    }
    if let Some(results) = &scan.results {
        write_rule_summary(results, w)?;
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
        "Scanned {} files: {} root modules, {} module instances, {} resource instances ({} data sources).",
        scan.loaded.files.len(),
        scan.loaded.roots.len(),
        ws.modules.len(),
        managed,
        ws.instances.len() - managed,
    )?;
    let s = &ws.stats;
    if s.unknown_expansions + s.unknown_dynamic_blocks + s.unknown_module_expansions > 0 {
        writeln!(
            w,
            "Not known before apply: count/for_each of {} resources, {} dynamic blocks, {} module calls (kept as one instance each).",
            s.unknown_expansions, s.unknown_dynamic_blocks, s.unknown_module_expansions
        )?;
    }
    if errors > 0 {
        writeln!(
            w,
            "{errors} error(s) in the input: the run fails closed (exit 2)."
        )?;
    }
    if warnings > 0 && !verbose {
        writeln!(w, "{warnings} warning(s); run with --verbose to see them.")?;
    }
    Ok(())
}

/// Findings by severity, and per rule what could not be decided before apply.
fn write_rule_summary(
    results: &crate::rules::RuleResults,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use crate::finding::Severity;
    use crate::rules::{Outcome, RULES};
    let count = |sev: Severity| {
        results
            .findings
            .iter()
            .filter(|f| RULES[f.rule].severity == sev)
            .count()
    };
    let checked: usize = results.stats.iter().map(|s| s.checked()).sum();
    writeln!(
        w,
        "{} finding(s): {} critical, {} high, {} medium, {} low ({} resource checks by {} rules).",
        results.findings.len(),
        count(Severity::Critical),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        checked,
        RULES.len()
    )?;
    let undecided: Vec<String> = RULES
        .iter()
        .zip(&results.stats)
        .filter(|(_, s)| s.count(Outcome::Undecided) > 0)
        .map(|(r, s)| format!("{} {} ({})", r.id, r.name, s.count(Outcome::Undecided)))
        .collect();
    if !undecided.is_empty() {
        writeln!(
            w,
            "Undecided, values not known before apply: {}.",
            undecided.join(", ")
        )?;
    }
    Ok(())
}
