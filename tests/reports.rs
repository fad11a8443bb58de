//! Every report format on fixture projects: SARIF validated against the OASIS SARIF 2.1.0
//! schema (a copy in `testdata/`), snapshots of each format, and output that is byte-identical
//! across runs and thread counts.

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt as _;
use serde_json::Value;

/// Projects with findings in modules (local and downloaded), fixes of every applicability,
/// plans, and load errors.
const PROJECTS: &[&str] = &[
    "examples/quickstart",
    "testdata/reports/downloaded-module",
    "testdata/rules/TFG-S3-001",
    "testdata/rules/TFG-NET-001",
    "testdata/plans/with-sources",
    "testdata/eval/missing-module",
    "testdata/fixes/TFG-S3-001",
    "examples/change-control",
    "testdata/rules/TFG-GOV-001",
];

fn run(args: &[&str], threads: &str) -> (Vec<u8>, i32) {
    let out = Command::cargo_bin("tfgate")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RAYON_NUM_THREADS", threads)
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .expect("runs");
    (out.stdout, out.status.code().unwrap_or(-1))
}

fn report(project: &str, format: &str) -> Vec<u8> {
    run(
        // A fixed date: the JSON report records the day suppressions were judged on.
        &[
            "check",
            "--format",
            format,
            "--color",
            "never",
            "--today",
            "2026-11-22",
            project,
        ],
        "2",
    )
    .0
}

#[test]
fn sarif_is_valid_against_the_schema() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/sarif-2.1.0.json");
    // The OASIS schema's `run.language` pattern has a stray `]`, a literal in ECMAScript
    // regexes (Annex B) but an error in Rust's; escape it with the same meaning.
    let text = std::fs::read_to_string(schema_path)
        .expect("schema")
        .replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&text).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let invalid = serde_json::json!({ "version": "2.1.0", "runs": [{ "results": [] }] });
    assert!(
        !validator.is_valid(&invalid),
        "the validator rejects a run without a tool"
    );
    let mut broken = Vec::new();
    let mut with_broken_input = Vec::new();
    for project in PROJECTS.iter().chain(&["testdata/eval/locals-cycle"]) {
        let log: Value = serde_json::from_slice(&report(project, "sarif")).expect("SARIF is JSON");
        for e in validator.iter_errors(&log) {
            broken.push(format!("{project}: {} at {}", e, e.instance_path()));
        }
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        assert_eq!(
            rules.len(),
            tfgate::rules::RULES.len(),
            "every enabled rule is listed"
        );
        for r in run["results"].as_array().expect("results") {
            let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(
                rules[index]["id"], r["ruleId"],
                "{project}: ruleIndex points at the rule"
            );
            let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .expect("uri");
            assert!(
                !uri.contains(".terraform/"),
                "{project}: {uri} is outside the user's code"
            );
            assert!(
                !uri.starts_with('/'),
                "{project}: {uri} is relative to the repository"
            );
            assert!(r["partialFingerprints"]["tfgate/v1"].is_string());
        }
        if run["invocations"][0]["executionSuccessful"] == Value::Bool(false) {
            with_broken_input.push(project.to_string());
            assert!(
                !run["invocations"][0]["toolExecutionNotifications"]
                    .as_array()
                    .expect("notifications")
                    .is_empty()
            );
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    let suppressed: Value =
        serde_json::from_slice(&report("examples/change-control", "sarif")).expect("JSON");
    let with_suppressions = suppressed["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["suppressions"][0]["status"] == "accepted")
        .count();
    assert_eq!(with_suppressions, 3, "suppressed findings stay in the log");
    assert!(
        !with_broken_input.is_empty(),
        "a project with load errors is covered"
    );
}

#[test]
fn downloaded_module_findings_point_at_the_module_block() {
    let log: Value = serde_json::from_slice(&report("testdata/reports/downloaded-module", "sarif"))
        .expect("JSON");
    let results = log["runs"][0]["results"].as_array().expect("results");
    let in_module = results
        .iter()
        .find(|r| {
            r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
                == "module.keys.aws_kms_key.this"
        })
        .expect("the module's finding");
    let region = &in_module["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 3, "the `module \"keys\"` block");
    assert!(
        in_module.get("fixes").is_none(),
        "no edits in a module the user does not own"
    );
    let own = results
        .iter()
        .find(|r| {
            r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "aws_kms_key.own"
        })
        .expect("the own finding");
    // UTF-16 columns: the key emoji counts two code units.
    let replacement = &own["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"];
    assert_eq!(replacement["endColumn"], 56);
}

#[test]
fn snapshots_of_every_format() {
    for format in ["text", "json", "sarif", "junit", "markdown", "github"] {
        for project in ["examples/quickstart", "testdata/reports/downloaded-module"] {
            let text = String::from_utf8(report(project, format)).expect("UTF-8");
            let name = format!("{format}-{}", project.rsplit('/').next().unwrap_or(project));
            insta::assert_snapshot!(name, text);
        }
    }
}

#[test]
fn output_is_byte_identical_across_runs_and_threads() {
    for format in ["text", "json", "sarif", "junit", "markdown", "github"] {
        for project in PROJECTS {
            let args = ["check", "--format", format, "--color", "never", project];
            let (one, code_one) = run(&args, "1");
            let (again, _) = run(&args, "1");
            let (eight, code_eight) = run(&args, "8");
            assert_eq!(one, again, "{format} {project}: two runs differ");
            assert_eq!(one, eight, "{format} {project}: 1 and 8 threads differ");
            assert_eq!(code_one, code_eight);
        }
    }
}

#[test]
fn several_formats_in_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sarif = dir.path().join("out.sarif");
    let md = dir.path().join("summary.md");
    let (stdout, code) = run(
        &[
            "check",
            "--color",
            "never",
            "--report",
            &format!("sarif={}", sarif.display()),
            "--report",
            &format!("markdown={}", md.display()),
            "examples/quickstart",
        ],
        "2",
    );
    assert_eq!(code, 1);
    assert!(
        String::from_utf8_lossy(&stdout).contains(" findings: "),
        "text on stdout"
    );
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).expect("SARIF file")).expect("JSON");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        std::fs::read(&md).expect("markdown file"),
        report("examples/quickstart", "markdown")
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let (plain, _) = run(&["check", "examples/quickstart"], "2");
    assert!(!plain.contains(&0x1b), "no escape codes when piped");
    let (coloured, _) = run(&["check", "--color", "always", "examples/quickstart"], "2");
    assert!(coloured.contains(&0x1b));
}

/// A minified `.tf.json` is one long line: the text report shows a window of it around each
/// finding's marker, with `...` where it is cut, never the whole line per finding.
#[test]
fn long_lines_are_shown_as_a_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let buckets: Vec<String> = (0..40)
        .map(|i| format!(r#""b{i}":{{"bucket":"minified-bucket-number-{i}"}}"#))
        .collect();
    let text = format!(
        r#"{{"resource":{{"aws_s3_bucket":{{{}}},"aws_kms_key":{{"last":{{"description":"x"}}}}}}}}"#,
        buckets.join(",")
    );
    assert!(text.len() > 1500 && !text.contains('\n'));
    std::fs::write(dir.path().join("main.tf.json"), &text).expect("temp dir is writable");
    let (out, code) = run(
        &[
            "check",
            "--color",
            "never",
            dir.path().to_str().expect("UTF-8 path"),
        ],
        "2",
    );
    assert_eq!(code, 1);
    let out = String::from_utf8(out).expect("UTF-8 report");
    let source_lines: Vec<&str> = out.lines().filter(|l| l.starts_with("1 | ")).collect();
    assert!(source_lines.len() > 40, "{out}");
    for line in &source_lines {
        assert!(line.chars().count() <= 4 + 3 + 120 + 3, "too long: {line}");
    }
    // The key is at the end of the line: its window starts cut and shows the key.
    let key = out
        .split("\n\n")
        .find(|finding| finding.contains("resource: aws_kms_key.last"))
        .expect("a finding on the key");
    let shown = key
        .lines()
        .find(|l| l.starts_with("1 | "))
        .expect("a source line");
    assert!(
        shown.starts_with("1 | ...") && shown.contains(r#""last":{"description":"x"}"#),
        "{shown}"
    );
    let marker = key
        .lines()
        .skip_while(|l| !l.starts_with("1 | "))
        .nth(1)
        .expect("a marker line");
    let at = marker.find('^').expect("carets");
    assert_eq!(
        &shown[at..at + 6],
        r#""last""#,
        "the marker points at the key's block:\n{shown}\n{marker}"
    );
}
