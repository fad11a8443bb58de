//! The registry's promises: unique ids and names, docs with the fixed headings, a fixture
//! directory per rule, and every baseline control of the crosswalk covered with all its
//! peers' ids as aliases.

use std::collections::HashSet;
use std::path::Path;

use tfgate::rules::RULES;

const HEADINGS: &[&str] = &[
    "## What it does",
    "## Why it matters",
    "## Example",
    "## Use instead",
    "## Fix safety",
    "## References and compliance",
];

#[test]
fn ids_and_names_are_unique_and_well_formed() {
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for rule in RULES {
        assert!(ids.insert(rule.id), "duplicate id {}", rule.id);
        assert!(names.insert(rule.name), "duplicate name {}", rule.name);
        assert!(
            rule.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            rule.name
        );
        assert!(rule.id.starts_with("TFG-"), "{}", rule.id);
        assert!(
            !rule.compliance.is_empty(),
            "{} has no compliance mapping",
            rule.id
        );
        // Governance rules check the suppressions, not a configuration control.
        assert!(
            !rule.controls.is_empty() || rule.area == tfgate::rules::Area::Governance,
            "{} covers no baseline control",
            rule.id
        );
    }
}

#[test]
fn every_rule_has_docs_and_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for rule in RULES {
        let title = format!("# {} {}", rule.id, rule.name);
        assert!(
            rule.doc.starts_with(&title),
            "{}: the doc must start with `{title}`",
            rule.id
        );
        let mut last = 0;
        for h in HEADINGS {
            let at = rule
                .doc
                .find(h)
                .unwrap_or_else(|| panic!("{}: doc lacks `{h}`", rule.id));
            assert!(at > last, "{}: `{h}` is out of order", rule.id);
            last = at;
        }
        assert!(
            root.join("testdata/rules").join(rule.id).is_dir(),
            "{}: no testdata/rules/{} fixture",
            rule.id,
            rule.id
        );
    }
}

/// The area folders hold rules and only rules: every file directly in `src/rules/<area>/`
/// besides `mod.rs` is a registered rule named after the file, of that area, and every rule
/// has such a file (helpers live in `<area>/helpers/` or `rules/common/`).
#[test]
fn every_rule_file_is_a_registered_rule_of_its_folder() {
    let rules_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut files = HashSet::new();
    for area in std::fs::read_dir(&rules_dir).expect("src/rules") {
        let area = area.expect("entry").path();
        let folder = area
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if !area.is_dir() || folder == "common" {
            continue;
        }
        for file in std::fs::read_dir(&area).expect("area folder") {
            let path = file.expect("entry").path();
            let stem = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if path.is_dir() || stem == "mod" {
                continue;
            }
            let name = stem.replace('_', "-");
            let rule = RULES
                .iter()
                .find(|r| r.name == name)
                .unwrap_or_else(|| {
                    panic!(
                        "src/rules/{folder}/{stem}.rs is no registered rule: add it to the list in src/rules/{folder}/mod.rs, or move a helper to src/rules/{folder}/helpers/"
                    )
                });
            assert_eq!(
                rule.area.as_str(),
                folder,
                "{} is in src/rules/{folder}/ but its area is {}",
                rule.id,
                rule.area.as_str()
            );
            files.insert(name);
        }
    }
    for rule in RULES {
        assert!(
            files.contains(rule.name),
            "{}: no file src/rules/{}/{}.rs",
            rule.id,
            rule.area.as_str(),
            rule.name.replace('-', "_")
        );
    }
}

/// One phrase per situation: an argument the configuration does not write is reported as
/// "does not set `x`" (with the default in parentheses where it matters), never as "leaves
/// `x` unset" or "leaves `x` at its default". Read from the rule sources, so a message no
/// fixture reaches is held too.
#[test]
fn messages_say_does_not_set() {
    let rules_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut stack = vec![rules_dir];
    let mut found = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable source");
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                if ["leaves `", "at its default", "` unset"]
                    .iter()
                    .any(|p| code.contains(p))
                {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, code));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "say \"does not set `x`\" for an argument the configuration does not write:\n{}",
        found.join("\n")
    );
}

/// The crosswalk of baseline controls (a copy of the steering repository's controls.csv; the
/// test below keeps it in step when that file is beside the checkout).
const CONTROLS: &str = include_str!("../testdata/controls.csv");

fn split_csv_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    out.push(field);
    out
}

#[test]
fn every_control_is_covered() {
    let uncovered: Vec<String> = controls()
        .into_iter()
        .filter(|(control, _)| !RULES.iter().any(|r| r.controls.contains(&control.as_str())))
        .map(|(control, _)| control)
        .collect();
    assert!(
        uncovered.is_empty(),
        "{} controls have no rule yet:\n{}",
        uncovered.len(),
        uncovered.join("\n")
    );
}

/// Each control's text and its peer ids.
fn controls() -> Vec<(String, Vec<String>)> {
    let mut lines = CONTROLS.lines();
    let header = split_csv_line(lines.next().expect("header"));
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let id_columns = [
        "trivy_ids",
        "trivy_long_ids",
        "checkov_ids",
        "kics_uuids",
        "terrascan_ids",
        "regula_ids",
    ]
    .map(col);
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let row = split_csv_line(line);
            let ids = id_columns
                .iter()
                .flat_map(|&c| {
                    row[c]
                        .split(';')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect::<Vec<_>>()
                })
                .collect();
            (row[col("control")].clone(), ids)
        })
        .collect()
}

#[test]
fn rules_carry_every_peer_id_of_the_controls_they_cover() {
    let known: Vec<String> = controls().into_iter().map(|(c, _)| c).collect();
    for rule in RULES {
        for control in rule.controls {
            assert!(
                known.iter().any(|k| k == control),
                "{}: `{control}` is not a control of the crosswalk",
                rule.id
            );
        }
    }
    // A control two rules split by concern (object reads and writes) is covered when each
    // peer id is carried by one of them: an alias goes only where it means the same.
    for (control, ids) in controls() {
        let covering: Vec<_> = RULES
            .iter()
            .filter(|r| r.controls.contains(&control.as_str()))
            .collect();
        if covering.is_empty() {
            continue;
        }
        let names: Vec<&str> = covering.iter().map(|r| r.id).collect();
        let carried = |id: &str| covering.iter().any(|r| r.aliases.contains(&id));
        for id in &ids {
            assert!(
                carried(id),
                "{names:?}: alias {id} missing (control {control})"
            );
            if id.starts_with("AWS-") {
                let avd = format!("AVD-{id}");
                assert!(carried(&avd), "{names:?}: alias {avd} missing");
            }
        }
    }
}

/// The copy holds every control of the steering file's crosswalk (`../shared/controls.csv`),
/// then the rows of the next areas (`../shared/controls-next.csv`) that rules already cover.
/// The alias audit may change a row's peer columns (each rule doc records which peer checks
/// it matches) and may split a row where the peers' concerns differ: the rows it was split
/// into say `split from: <control>` in their note. No control is lost.
#[test]
fn the_controls_copy_matches_the_steering_file() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/controls.csv");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!(
            "SKIPPED the_controls_copy_matches_the_steering_file: {} is not here",
            shared.display()
        );
        return;
    };
    let copy: Vec<Vec<String>> = CONTROLS.lines().skip(1).map(split_csv_line).collect();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let row = split_csv_line(line);
        let (area, control) = (&row[0], &row[1]);
        let kept = copy.iter().any(|r| &r[0] == area && &r[1] == control);
        let split = copy.iter().any(|r| {
            r.last()
                .is_some_and(|note| note.contains(&format!("split from: {control}")))
        });
        assert!(
            kept || split,
            "testdata/controls.csv lost the control {area} `{control}` of ../shared/controls.csv (keep it, or note `split from: {control}` on the rows it became)"
        );
    }
}

#[test]
fn the_committed_rule_list_is_current() {
    let mut generated = Vec::new();
    tfgate::report::rules::write_list(tfgate::cli::RulesFormat::Markdown, &mut generated)
        .expect("writes");
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/README.md"))
            .expect("rules/README.md");
    assert_eq!(
        String::from_utf8(generated).expect("UTF-8"),
        committed,
        "rules/README.md is stale: run `cargo run -- rules --format markdown > rules/README.md`"
    );
}

/// Rules run root by root (in parallel) find exactly what one workspace-wide run finds, with
/// the same outcomes per resource: linking never crosses roots. Every rule fixture at once is
/// a workspace of dozens of roots, some with the same addresses in different roots. The
/// workspace-wide run runs its rules in parallel (as a large root does) and each small root
/// runs them one after another, so this also holds the two ways of running rules equal.
#[test]
fn rules_by_root_match_one_workspace_wide_run() {
    let args = ["tfgate", "check", "testdata/rules"];
    let (cli, vars) = tfgate::cli::parse(args.iter().map(Into::into)).expect("arguments");
    let tfgate::cli::Command::Check(check) = cli.command else {
        panic!("expected check");
    };
    let scan = tfgate::app::scan(&check.scan, &vars, Vec::new());
    let roots = scan.workspace.root_ranges();
    assert!(roots.len() > 50, "only {} roots", roots.len());
    let selected: Vec<usize> = (0..RULES.len()).collect();
    let links = tfgate::link::Links::build(&scan.workspace);
    let whole = tfgate::rules::run(&links, &selected);
    let by_root = tfgate::rules::run_by_root(&scan.workspace, &selected, false);
    let key = |r: &tfgate::finding::outcome::RuleResults| {
        r.findings
            .iter()
            .map(|f| {
                (
                    f.rule,
                    f.instance,
                    f.path.clone(),
                    f.message.clone(),
                    f.loc.map(|l| (l.file, l.span.start)),
                )
            })
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert!(whole.findings.len() > 100, "{}", whole.findings.len());
    assert_eq!(whole.findings.len(), by_root.findings.len());
    assert_eq!(key(&whole), key(&by_root));
    for (i, (a, b)) in whole.stats.iter().zip(&by_root.stats).enumerate() {
        assert!(a.outcomes().eq(b.outcomes()), "{}", RULES[i].id);
    }
}
