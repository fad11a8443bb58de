//! Rule fixtures and rule documentation examples, found at run time.
//!
//! - `testdata/rules/<rule id>/` is a project (a `plan.json` beside the `.tf` files is scanned
//!   with them). Lines that must carry a finding end with `# expect: <rule id>[, <rule id>]`
//!   (or the line above holds `# expect-below: <rule id>`).
//!   For the directory's rule and every rule named in an expectation, the findings must be
//!   exactly the expected ones: present, and nothing else.
//! - Each rule's doc (`rules/<id>.md`) has an `## Example` block that must produce a finding of
//!   the rule and a `## Use instead` block that must produce none.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tfgate::rules::RULES;

fn main() -> ExitCode {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).expect("crate root");
    let (mut passed, mut failed) = (0, 0);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("testdata/rules")
        .expect("testdata/rules exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut outcome = |name: String, problems: Vec<String>| {
        if problems.is_empty() {
            println!("rule fixture {name} ... ok");
            passed += 1;
        } else {
            println!("rule fixture {name} ... FAILED");
            for p in problems {
                println!("    {p}");
            }
            failed += 1;
        }
    };
    for dir in dirs {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        outcome(name.clone(), check_fixture(&dir, &name));
    }
    for rule in RULES {
        if filter
            .as_ref()
            .is_some_and(|f| !rule.id.contains(f.as_str()))
        {
            continue;
        }
        outcome(format!("{} doc examples", rule.id), check_doc(rule));
    }
    println!(
        "\ntest result: {}. {passed} passed; {failed} failed",
        if failed == 0 { "ok" } else { "FAILED" }
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// (file, line, rule id) of every finding of the given rules.
fn findings(
    paths: &[String],
    ids: &BTreeSet<String>,
) -> Result<BTreeSet<(String, usize, String)>, String> {
    let mut args = vec!["tfgate".to_string(), "check".to_string()];
    args.extend(paths.iter().cloned());
    let (cli, vars) = tfgate::cli::parse(args.iter().map(Into::into)).map_err(|e| e.to_string())?;
    let tfgate::cli::Command::Check(check) = cli.command else {
        return Err("expected check".into());
    };
    let mut scan = tfgate::app::scan(&check.scan, &vars, Vec::new());
    let errors: Vec<String> = scan
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render())
        .collect();
    if !errors.is_empty() {
        return Err(format!("the fixture has errors: {errors:?}"));
    }
    tfgate::app::check(&mut scan);
    let results = scan.results.as_ref().ok_or("rules did not run")?;
    let mut out = BTreeSet::new();
    for f in &results.findings {
        let rule = RULES[f.rule];
        if !ids.contains(rule.id) {
            continue;
        }
        let (file, line) = match f.loc {
            Some(loc) => {
                let file = scan.loaded.files.get(loc.file);
                (file.display.clone(), file.line_col(loc.span.start).line)
            }
            None => (f.resource.clone(), 0),
        };
        out.insert((file, line, rule.id.to_string()));
    }
    Ok(out)
}

fn check_fixture(dir: &Path, id: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !RULES.iter().any(|r| r.id == id) {
        return vec![format!("no rule with id {id}")];
    }
    let mut expected = BTreeSet::new();
    let mut ids: BTreeSet<String> = BTreeSet::from([id.to_string()]);
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "tf") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let display = tfgate::base::path::display(&p);
            for (n, line) in text.lines().enumerate() {
                // `# expect: ID` marks its own line; `# expect-below: ID` the next one (for lines
                // that cannot carry a comment, such as a heredoc opener).
                let (rest, line_no) = match (
                    line.split_once("# expect:"),
                    line.split_once("# expect-below:"),
                ) {
                    (Some((_, rest)), _) => (rest, n + 1),
                    (None, Some((_, rest))) => (rest, n + 2),
                    (None, None) => continue,
                };
                for want in rest.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    ids.insert(want.to_string());
                    expected.insert((display.clone(), line_no, want.to_string()));
                }
            }
        }
    }
    if !expected.iter().any(|(_, _, r)| r == id) {
        problems.push(format!(
            "the fixture expects no finding of {id}: every rule needs at least one"
        ));
    }
    let mut paths = vec![dir.to_string_lossy().into_owned()];
    if dir.join("plan.json").is_file() {
        paths.push(dir.join("plan.json").to_string_lossy().into_owned());
    }
    match findings(&paths, &ids) {
        Ok(actual) => {
            for missing in expected.difference(&actual) {
                problems.push(format!(
                    "expected {} at {}:{}, not reported",
                    missing.2, missing.0, missing.1
                ));
            }
            for extra in actual.difference(&expected) {
                problems.push(format!("unexpected {} at {}:{}", extra.2, extra.0, extra.1));
            }
        }
        Err(e) => problems.push(e),
    }
    problems
}

/// The first ```hcl block after a heading.
fn block_after<'a>(doc: &'a str, heading: &str) -> Option<&'a str> {
    let start = doc.find(heading)? + heading.len();
    let rest = &doc[start..];
    let open = rest.find("```hcl\n")? + "```hcl\n".len();
    let close = rest[open..].find("```")?;
    Some(&rest[open..open + close])
}

fn check_doc(rule: &tfgate::rules::Rule) -> Vec<String> {
    let mut problems = Vec::new();
    let ids = BTreeSet::from([rule.id.to_string()]);
    for (heading, want_findings) in [("## Example", true), ("## Use instead", false)] {
        let Some(code) = block_after(rule.doc, heading) else {
            problems.push(format!("doc has no ```hcl block under {heading}"));
            continue;
        };
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.tf"), code).expect("write example");
        match findings(&[dir.path().to_string_lossy().into_owned()], &ids) {
            Ok(found) if want_findings && found.is_empty() => {
                problems.push(format!(
                    "the {heading} example produces no {} finding",
                    rule.id
                ));
            }
            Ok(found) if !want_findings && !found.is_empty() => {
                problems.push(format!("the {heading} example produces {found:?}"));
            }
            Ok(_) => {}
            Err(e) => problems.push(format!("{heading}: {e}")),
        }
    }
    problems
}
