//! Rule fixtures and rule documentation examples, found at run time.
//!
//! - `testdata/rules/<rule id>/` is a project (a `plan.json` beside the `.tf` files is scanned
//!   with them). Lines that must carry a finding end with `# expect: <rule id>[, <rule id>]`
//!   (or the line above holds `# expect-below: <rule id>`).
//!   For the directory's rule and every rule named in an expectation, the findings must be
//!   exactly the expected ones: present, and nothing else.
//!   The full findings of those rules (message, location, resource, path, module calls, fix
//!   title, applicability and edits, suppression) are snapshotted with insta in
//!   `testdata/rules/<rule id>/findings.snap`, paths relative to the fixture: wording and
//!   placement are pinned, not only (file, line, rule). `scripts/bless.sh` rewrites them.
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

/// What a fixture's check found of the given rules.
struct Found {
    /// (file, line, rule id) of every finding.
    places: BTreeSet<(String, usize, String)>,
    /// Every finding in full, in report order, for the snapshot.
    snapshot: String,
}

/// The findings of the given rules; `base` (the fixture directory) is cut from the paths in
/// the snapshot.
fn findings(paths: &[String], ids: &BTreeSet<String>, base: &str) -> Result<Found, String> {
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
    let mut places = BTreeSet::new();
    let mut snapshot = String::new();
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
        places.insert((file, line, rule.id.to_string()));
        render(&scan, f, base, &mut snapshot);
    }
    Ok(Found { places, snapshot })
}

/// A path as the snapshot shows it: relative to the fixture directory.
fn relative(path: &str, base: &str) -> String {
    match path.strip_prefix(base) {
        Some("") => ".".to_string(),
        Some(rest) => rest.trim_start_matches('/').to_string(),
        None => path.to_string(),
    }
}

/// `main.tf:3:5-3:20`: a place in a file, lines and columns 1-based.
fn place(scan: &tfgate::scan::Scan, loc: tfgate::base::span::Loc, base: &str) -> String {
    let file = scan.loaded.files.get(loc.file);
    let (start, end) = (file.line_col(loc.span.start), file.line_col(loc.span.end));
    format!(
        "{}:{}:{}-{}:{}",
        relative(&file.display, base),
        start.line,
        start.column,
        end.line,
        end.column
    )
}

/// One finding in full, as the fixture's snapshot holds it.
fn render(scan: &tfgate::scan::Scan, f: &tfgate::finding::Finding, base: &str, out: &mut String) {
    use std::fmt::Write as _;
    let rule = RULES[f.rule];
    let _ = writeln!(out, "{} {} ({})", rule.id, rule.name, f.severity.as_str());
    let _ = writeln!(out, "  root:     {}", relative(&f.root, base));
    let _ = writeln!(out, "  resource: {}", f.resource);
    let _ = writeln!(
        out,
        "  path:     {}",
        if f.path.is_empty() { "-" } else { &f.path }
    );
    let at = f
        .loc
        .map_or_else(|| "-".to_string(), |l| place(scan, l, base));
    let _ = writeln!(out, "  at:       {at}");
    for frame in &f.module.0 {
        let call = frame
            .call
            .map_or_else(|| "-".to_string(), |l| place(scan, l, base));
        let _ = writeln!(
            out,
            "  module:   {}{} called at {call}",
            frame.name, frame.key
        );
    }
    let _ = writeln!(out, "  message:  {}", f.message);
    if let Some(s) = &f.suppressed {
        let _ = writeln!(
            out,
            "  suppressed: {} ({}){}",
            s.kind.as_str(),
            s.source,
            s.reason
                .as_ref()
                .map_or(String::new(), |r| format!(": {r}"))
        );
    }
    if let Some(fix) = &f.fix {
        let _ = writeln!(
            out,
            "  fix:      {} [{}]",
            fix.title,
            fix.applicability.as_str()
        );
        if let Some(note) = &fix.note {
            let _ = writeln!(out, "    note: {note}");
        }
        for e in &fix.edits {
            let loc = tfgate::base::span::Loc {
                file: e.file,
                span: e.span,
            };
            let _ = writeln!(out, "    edit {}:", place(scan, loc, base));
            for line in e.text.lines() {
                let _ = writeln!(out, "      |{line}");
            }
        }
    }
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
    let base = tfgate::base::path::display(dir);
    match findings(&paths, &ids, &base) {
        Ok(Found {
            places: actual,
            snapshot,
        }) => {
            if let Err(problem) = snapshot_matches(dir, &snapshot) {
                problems.push(problem);
            }
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

/// The ```json block (a plan) in the section that starts at `heading`, if it has one.
fn plan_after<'a>(doc: &'a str, heading: &str) -> Option<&'a str> {
    let start = doc.find(heading)? + heading.len();
    let rest = &doc[start..];
    let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let open = section.find("```json\n")? + "```json\n".len();
    let close = section[open..].find("```")?;
    Some(&section[open..open + close])
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
        let path = dir.path().to_string_lossy().into_owned();
        let mut paths = vec![path.clone()];
        // A rule about plans shows, after the code, the plan made from it (```json).
        if let Some(plan) = plan_after(rule.doc, heading) {
            let plan_path = dir.path().join("plan.json");
            std::fs::write(&plan_path, plan).expect("write example plan");
            paths.push(plan_path.to_string_lossy().into_owned());
        }
        match findings(&paths, &ids, &path).map(|f| f.places) {
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

/// Compares (or, under `INSTA_UPDATE=always`, rewrites) the fixture's `findings.snap`; a
/// mismatch is a problem of the fixture, not a panic of the whole run.
fn snapshot_matches(dir: &Path, snapshot: &str) -> Result<(), String> {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(std::env::current_dir().expect("crate root").join(dir));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        settings.bind(|| insta::assert_snapshot!("findings", snapshot));
    }));
    outcome.map_err(|e| {
        let why = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!(
            "the findings differ from {}/findings.snap (review, then `scripts/bless.sh`): {why}",
            dir.display()
        )
    })
}
