//! JUnit XML: one test suite per rule, one test case per resource block the rule checked (the
//! instances of a module called many times are one case, as they are one finding); a finding
//! is a failure, a block that could not be decided before apply (or whose findings are all
//! suppressed) is skipped. Load errors
//! are one failing test case of their own, so a CI dashboard never shows a broken run green.

use std::fmt::Write as _;

use super::primary_location;
use crate::finding::outcome::Outcome;
use crate::rules::RULES;
use crate::scan::Scan;

/// Writes the JUnit report.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = String::new();
    let empty = Vec::new();
    let findings = scan.results.as_ref().map_or(&empty, |r| &r.findings);
    let stats = scan.results.as_ref().map(|r| &r.stats);
    // Each (rule, instance)'s findings, found once: every failed test case reads its own.
    let mut by_case: std::collections::HashMap<(usize, usize), Vec<&crate::finding::Finding>> =
        std::collections::HashMap::new();
    for f in findings {
        if let Some(inst) = f.instance {
            by_case.entry((f.rule, inst)).or_default().push(f);
        }
    }
    let case = |rule: usize, inst: usize| by_case.get(&(rule, inst)).map_or(&[][..], Vec::as_slice);
    let mut suites = String::new();
    let (mut tests, mut failures, mut skipped) = (0usize, 0usize, 0usize);
    let errors: Vec<_> = scan.diagnostics.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        tests += 1;
        failures += 1;
        let _ = writeln!(
            suites,
            "  <testsuite name=\"load\" tests=\"1\" failures=\"1\" skipped=\"0\">\n    <testcase classname=\"tfgate.load\" name=\"input loads without errors\">\n      <failure message=\"{} in the input\" type=\"load-error\">{}</failure>\n    </testcase>\n  </testsuite>",
            crate::base::plural::count(errors.len(), "error", "errors"),
            escape(
                &errors
                    .iter()
                    .map(|d| d.render())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        );
    }
    for (i, rule) in RULES.iter().enumerate() {
        let Some(s) = stats.map(|s| &s[i]) else { break };
        if s.checked() == 0 {
            continue;
        }
        let active_failed = |inst: usize| case(i, inst).iter().any(|f| f.is_active());
        // One test case per resource block: the instances of a module called many times
        // are one case (failing when any instance fails), as they are one finding.
        let mut blocks: Vec<Vec<(usize, Outcome)>> = Vec::new();
        let mut block_of: std::collections::HashMap<BlockKey<'_>, usize> =
            std::collections::HashMap::new();
        for (inst, outcome) in s.outcomes() {
            let instance = &scan.workspace.instances[inst];
            let key = match instance.loc {
                Some(loc) => BlockKey::Loc(loc),
                None => BlockKey::Address(&instance.root, &instance.address),
            };
            let n = *block_of.entry(key).or_insert_with(|| {
                blocks.push(Vec::new());
                blocks.len() - 1
            });
            blocks[n].push((inst, outcome));
        }
        let verdict = |block: &[(usize, Outcome)]| {
            if block
                .iter()
                .any(|&(inst, o)| o == Outcome::Failed && active_failed(inst))
            {
                Outcome::Failed
            } else if block.iter().all(|&(_, o)| o == Outcome::Passed) {
                Outcome::Passed
            } else {
                Outcome::Undecided
            }
        };
        let failed = blocks
            .iter()
            .filter(|b| verdict(b) == Outcome::Failed)
            .count();
        let undecided = blocks
            .iter()
            .filter(|b| verdict(b) == Outcome::Undecided)
            .count();
        tests += blocks.len();
        failures += failed;
        skipped += undecided;
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{} {}\" tests=\"{}\" failures=\"{failed}\" skipped=\"{undecided}\">",
            rule.id,
            rule.name,
            blocks.len()
        );
        for block in &blocks {
            let instance = &scan.workspace.instances[block[0].0];
            let config = super::group::instance_config_address(instance);
            let same = |what: &dyn Fn(&crate::model::Instance) -> bool| {
                block
                    .iter()
                    .all(|&(inst, _)| what(&scan.workspace.instances[inst]))
            };
            let name = if block.len() == 1 {
                format!("{} ({})", instance.address, instance.root)
            } else if !same(&|i| super::group::instance_config_address(i) == config) {
                // Reached through several module calls: the block as its file names it.
                let file = instance
                    .loc
                    .map_or("", |loc| scan.loaded.files.get(loc.file).display.as_str());
                format!(
                    "{}.{} in {file} ({} instances)",
                    instance.rtype,
                    instance.name,
                    block.len()
                )
            } else if same(&|i| i.root == instance.root) {
                format!("{config} ({}, {} instances)", instance.root, block.len())
            } else {
                format!("{config} ({} instances)", block.len())
            };
            let file = instance.loc.map(|loc| {
                let f = scan.loaded.files.get(loc.file);
                (f.display.clone(), f.line_col(loc.span.start).line)
            });
            let attrs = match &file {
                Some((f, line)) => format!(" file=\"{}\" line=\"{line}\"", escape(f)),
                None => String::new(),
            };
            let _ = write!(
                suites,
                "    <testcase classname=\"tfgate.{}\" name=\"{}\"{attrs}",
                rule.id,
                escape(&name)
            );
            let suppressed = block
                .iter()
                .find(|&&(inst, o)| o == Outcome::Failed && !active_failed(inst));
            match verdict(block) {
                Outcome::Passed => suites.push_str("/>\n"),
                Outcome::Undecided if block.iter().any(|&(_, o)| o == Outcome::Undecided) => {
                    // An unknown value is the reason unless every undecided instance is an
                    // account-level control the root may not configure.
                    let elsewhere = block
                        .iter()
                        .filter(|&&(_, o)| o == Outcome::Undecided)
                        .all(|&(inst, _)| s.elsewhere(inst));
                    let why = if elsewhere {
                        super::UNDECIDED_ELSEWHERE
                    } else {
                        "values not known before apply"
                    };
                    let _ = write!(
                        suites,
                        ">\n      <skipped message=\"{why}\"/>\n    </testcase>\n"
                    );
                }
                Outcome::Undecided => {
                    let why = suppressed
                        .and_then(|&(inst, _)| case(i, inst).first())
                        .and_then(|f| f.suppressed.as_ref())
                        .map(|s| {
                            format!(
                                "suppressed ({}): {}",
                                s.kind.as_str(),
                                s.reason.as_deref().unwrap_or("no reason given")
                            )
                        })
                        .unwrap_or_default();
                    let _ = write!(
                        suites,
                        ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                        escape(&why)
                    );
                }
                Outcome::Failed => {
                    suites.push_str(">\n");
                    // One failure per rule and location, for all the block's instances there.
                    let active = block
                        .iter()
                        .flat_map(|&(inst, _)| case(i, inst).iter().copied())
                        .filter(|f| f.is_active());
                    let mut groups = super::group::group(active);
                    groups.sort_by(|a, b| crate::finding::order(a.first(), b.first()));
                    for g in &groups {
                        let f = g.first();
                        let place = primary_location(scan, f).map_or_else(String::new, |loc| {
                            let file = scan.loaded.files.get(loc.file);
                            let lc = file.line_col(loc.span.start);
                            format!("{}:{}:{}: ", file.display, lc.line, lc.column)
                        });
                        let message = format!("{}{}", super::change_tag(f), g.message(scan));
                        let detail = match g.applies_to() {
                            Some(applies) => format!("{message} ({applies})"),
                            None => message.to_string(),
                        };
                        let _ = writeln!(
                            suites,
                            "      <failure message=\"{}\" type=\"{}\">{}{}</failure>",
                            escape(&message),
                            f.severity.as_str(),
                            escape(&place),
                            escape(&detail)
                        );
                    }
                    suites.push_str("    </testcase>\n");
                }
            }
        }
        suites.push_str("  </testsuite>\n");
    }
    // Findings about suppressions themselves, one failing case each.
    let meta: Vec<_> = findings
        .iter()
        .filter(|f| f.instance.is_none() && f.is_active())
        .collect();
    if !meta.is_empty() {
        tests += meta.len();
        failures += meta.len();
        let _ = writeln!(
            suites,
            "  <testsuite name=\"governance\" tests=\"{0}\" failures=\"{0}\" skipped=\"0\">",
            meta.len()
        );
        for f in meta {
            let rule = RULES[f.rule];
            let place = f.loc.map_or_else(String::new, |loc| {
                let file = scan.loaded.files.get(loc.file);
                format!("{}:{}", file.display, file.line_col(loc.span.start).line)
            });
            let _ = writeln!(
                suites,
                "    <testcase classname=\"tfgate.{}\" name=\"{}\">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>",
                rule.id,
                escape(&place),
                escape(&f.message),
                f.severity.as_str(),
                escape(&f.message)
            );
        }
        suites.push_str("  </testsuite>\n");
    }
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        out,
        "<testsuites name=\"tfgate\" tests=\"{tests}\" failures=\"{failures}\" skipped=\"{skipped}\">"
    );
    out.push_str(&suites);
    out.push_str("</testsuites>\n");
    w.write_all(out.as_bytes())
}

/// What makes instances one test case: their resource block, or (without a location) the
/// instance itself.
#[derive(Hash, PartialEq, Eq)]
enum BlockKey<'a> {
    Loc(crate::base::span::Loc),
    Address(&'a str, &'a str),
}

/// Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn xml_escapes() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
