//! The compliance view: per framework control (SOC 2 criterion, NIST SP 800-53 control, CIS
//! AWS Foundations item, ISO 27001 control), the rules that evidence it and, per rule, the
//! resources checked, passed, failed (active findings), accepted (every finding suppressed
//! by a documented deviation) and undecided. As text and as Markdown.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::finding::outcome::Outcome;
use crate::rules::RULES;
use crate::scan::Scan;

/// Frameworks in the order shown, by the prefix of the rules' compliance mappings.
const FRAMEWORKS: &[(&str, &str)] = &[
    ("SOC2", "SOC 2 Trust Services Criteria"),
    ("NIST", "NIST SP 800-53"),
    ("CIS-AWS", "CIS AWS Foundations Benchmark"),
    ("ISO27001", "ISO/IEC 27001:2022 Annex A"),
];

/// Per rule: (checked, passed, failed, accepted, undecided).
#[derive(Clone, Copy, Default)]
struct Counts {
    checked: usize,
    passed: usize,
    failed: usize,
    accepted: usize,
    undecided: usize,
}

fn counts(scan: &Scan) -> Vec<Counts> {
    let mut out = vec![Counts::default(); RULES.len()];
    let Some(results) = &scan.results else {
        return out;
    };
    let active = results.active_pairs();
    for (r, stats) in results.stats.iter().enumerate() {
        let c = &mut out[r];
        for (inst, outcome) in stats.outcomes() {
            c.checked += 1;
            match outcome {
                Outcome::Passed => c.passed += 1,
                Outcome::Undecided => c.undecided += 1,
                Outcome::Failed if active.contains(&(r, inst)) => c.failed += 1,
                Outcome::Failed => c.accepted += 1,
            }
        }
    }
    out
}

/// Control id → rules mapping it, per framework prefix.
fn controls() -> BTreeMap<&'static str, BTreeMap<&'static str, Vec<usize>>> {
    let mut out: BTreeMap<&str, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, rule) in RULES.iter().enumerate() {
        for mapping in rule.compliance {
            if let Some((framework, control)) = mapping.split_once(':') {
                out.entry(framework)
                    .or_default()
                    .entry(control)
                    .or_default()
                    .push(i);
            }
        }
    }
    out
}

/// Orders controls naturally: `CC6.2` before `CC6.10`, `SC-7` before `SC-12`.
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| -> Vec<(String, u64)> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut num = String::new();
        for c in s.chars() {
            if c.is_ascii_digit() {
                num.push(c);
            } else {
                if !num.is_empty() {
                    parts.push((std::mem::take(&mut text), num.parse().unwrap_or(0)));
                    num.clear();
                }
                text.push(c);
            }
        }
        parts.push((text, num.parse().unwrap_or(0)));
        parts
    };
    key(a).cmp(&key(b))
}

/// Writes the view; `markdown` selects the format.
pub fn write(scan: &Scan, markdown: bool, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let counts = counts(scan);
    let map = controls();
    let mut out = String::new();
    if markdown {
        let _ = writeln!(out, "# tfgate compliance view\n");
    } else {
        let _ = writeln!(out, "tfgate compliance view");
    }
    for (prefix, title) in FRAMEWORKS {
        let Some(by_control) = map.get(prefix) else {
            continue;
        };
        let mut ids: Vec<&&str> = by_control.keys().collect();
        ids.sort_by(|a, b| natural(a, b));
        if markdown {
            let _ = writeln!(out, "## {title}\n");
            let _ = writeln!(
                out,
                "| Control | Status | Rule | Checked | Passed | Failed | Accepted | Undecided |\n| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"
            );
        } else {
            let _ = writeln!(out, "\n{title}");
        }
        for id in ids {
            let rules = &by_control[*id];
            let failed: usize = rules.iter().map(|&r| counts[r].failed).sum();
            let checked: usize = rules.iter().map(|&r| counts[r].checked).sum();
            let status = if failed > 0 {
                "failing"
            } else if checked == 0 {
                "not exercised"
            } else {
                "passing"
            };
            if !markdown {
                let _ = writeln!(out, "  {id:<10} {status}");
            }
            for &r in rules {
                let c = counts[r];
                let rule = RULES[r];
                if markdown {
                    let _ = writeln!(
                        out,
                        "| {id} | {status} | {} `{}` | {} | {} | {} | {} | {} |",
                        rule.id, rule.name, c.checked, c.passed, c.failed, c.accepted, c.undecided
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "    {:<12} {:<42} checked {:>4}  passed {:>4}  failed {:>4}  accepted {:>4}  undecided {:>4}",
                        rule.id, rule.name, c.checked, c.passed, c.failed, c.accepted, c.undecided
                    );
                }
            }
        }
        if markdown {
            out.push('\n');
        }
    }
    w.write_all(out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::natural;

    #[test]
    fn natural_order() {
        let mut v = vec!["CC6.10", "CC6.2", "CC7.1", "SC-12", "SC-7"];
        v.sort_by(|a, b| natural(a, b));
        assert_eq!(v, ["CC6.2", "CC6.10", "CC7.1", "SC-7", "SC-12"]);
    }
}
