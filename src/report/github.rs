//! GitHub workflow commands: one `::error`/`::warning`/`::notice` annotation per finding (one
//! rule at one location, for all its instances) and
//! per load error, shown on the pull request's changed lines (paths relative to the
//! repository root, `report::repo_paths`); findings most severe first.

use super::primary_location;
use crate::base::diag::Level;
use crate::finding::Severity;
use crate::rules::RULES;
use crate::scan::Scan;

/// Writes the annotations.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let paths = super::repo_paths::RepoPaths::new(scan);
    for d in &scan.diagnostics {
        let command = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let mut props = Vec::new();
        if let Some(file) = &d.file {
            props.push(format!("file={}", property(&paths.path(file))));
            if let Some(line) = d.line {
                props.push(format!("line={line}"));
            }
            if let Some(col) = d.column {
                props.push(format!("col={col}"));
            }
        }
        props.push(format!("title={}", property(&format!("tfgate {}", d.code))));
        writeln!(w, "::{command} {}::{}", props.join(","), data(&d.message))?;
    }
    // One annotation per rule and location (`report::group`), most severe first: GitHub
    // shows only the first few annotations of each level.
    for g in super::group::active_by_severity(scan) {
        let f = g.first();
        let rule = RULES[f.rule];
        let command = match f.severity {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low => "notice",
        };
        let mut props = Vec::new();
        match primary_location(scan, f) {
            Some(loc) => {
                let file = scan.loaded.files.get(loc.file);
                let start = file.line_col(loc.span.start);
                let end = file.line_col(loc.span.end);
                props.push(format!("file={}", property(paths.file(loc.file))));
                props.push(format!("line={}", start.line));
                props.push(format!("endLine={}", end.line));
                if start.line == end.line {
                    props.push(format!("col={}", start.column));
                    props.push(format!("endColumn={}", end.column));
                }
            }
            None => props.push(format!("file={}", property(&paths.path(&f.root)))),
        }
        props.push(format!(
            "title={}",
            property(&format!(
                "{} {} ({})",
                rule.id,
                rule.name,
                f.severity.as_str()
            ))
        ));
        let mut message = match g.applies_to() {
            Some(applies) => format!("{} ({applies})", g.message(scan)),
            None if f.resource.is_empty() => f.message.clone(),
            None => format!("{} ({})", f.message, f.resource),
        };
        message.insert_str(0, &super::change_tag(f));
        if let Some(fix) = g.fix() {
            message.push_str(&format!(
                "\nFix ({}): {}",
                fix.applicability.as_str(),
                fix.title
            ));
        }
        writeln!(w, "::{command} {}::{}", props.join(","), data(&message))?;
    }
    Ok(())
}

/// Escapes a command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property's value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("50%\na"), "50%25%0Aa");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
