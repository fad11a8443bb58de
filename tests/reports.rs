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
    "testdata/reports/module-instances",
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
        let mut prints = std::collections::BTreeSet::new();
        for r in run["results"].as_array().expect("results") {
            let print = r["partialFingerprints"]["tfgate/v2"]
                .as_str()
                .expect("print");
            assert!(
                prints.insert(print.to_string()),
                "{project}: {print} repeats"
            );
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

/// Text, Markdown and GitHub annotations list the most severe findings first, then by file
/// and line: a critical finding after a hundred low ones in file order is the first entry,
/// and the Markdown table, cut after a hundred rows, still shows it.
#[test]
fn reports_people_read_put_the_most_severe_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rule = |name: &str, port: u16| {
        format!(
            "resource \"aws_vpc_security_group_ingress_rule\" \"{name}\" {{\n  security_group_id = \"sg-1\"\n  description       = \"d\"\n  ip_protocol       = \"tcp\"\n  from_port         = {port}\n  to_port           = {port}\n  cidr_ipv4         = \"0.0.0.0/0\"\n}}\n"
        )
    };
    let low: String = (0..101).map(|i| rule(&format!("web{i}"), 80)).collect();
    std::fs::write(dir.path().join("a.tf"), low).expect("temp dir is writable");
    std::fs::write(
        dir.path().join("b.tf"),
        format!("{}{}", rule("web_late", 80), rule("z_rdp", 3389)),
    )
    .expect("temp dir is writable");
    let path = dir.path().to_str().expect("UTF-8 path");
    let out = |format: &str| {
        let (out, code) = run(
            &["check", "--format", format, "--color", "never", path],
            "2",
        );
        assert_eq!(code, 1);
        String::from_utf8(out).expect("UTF-8")
    };
    let text = out("text");
    let first = text.lines().next().expect("a first line");
    assert!(first.starts_with("critical TFG-NET-002"), "{first}");
    // Within a severity: by file, then line.
    let at = |s: &str, what: &str| s.find(what).unwrap_or_else(|| panic!("{what} in {s}"));
    assert!(at(&text, "a.tf:7:3") < at(&text, "a.tf:15:3"));
    assert!(at(&text, "a.tf:807:3") < at(&text, "b.tf:7:3"));
    let markdown = out("markdown");
    let rows: Vec<&str> = markdown
        .lines()
        .filter(|l| l.starts_with("| critical") || l.starts_with("| low"))
        .collect();
    assert_eq!(rows.len(), 100, "{markdown}");
    assert!(
        rows[0].starts_with("| critical") && rows[0].contains("b.tf:15`"),
        "{markdown}"
    );
    assert!(
        !markdown.contains("web_late"),
        "the least severe are cut: {markdown}"
    );
    let github = out("github");
    assert!(github.starts_with("::error file="), "{github}");
    assert!(github.lines().nth(1).expect("two lines").contains("file="));
}

/// Runs the binary in `cwd` with `GITHUB_WORKSPACE` as given (unset otherwise).
fn run_in(cwd: &Path, workspace: Option<&Path>, args: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("tfgate").expect("binary");
    cmd.current_dir(cwd).env_remove("GITHUB_WORKSPACE");
    if let Some(ws) = workspace {
        cmd.env("GITHUB_WORKSPACE", ws);
    }
    let out = cmd.args(args).output().expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The file an annotation names and the URI of the first SARIF result, run from `cwd` on
/// `dir`.
fn code_host_paths(cwd: &Path, workspace: Option<&Path>, dir: &str) -> (String, String) {
    let github = run_in(cwd, workspace, &["check", "--format", "github", dir]);
    let file = github
        .lines()
        .find_map(|l| l.split("file=").nth(1))
        .and_then(|rest| rest.split(',').next())
        .unwrap_or_else(|| panic!("an annotation: {github}"))
        .to_string();
    let sarif: Value = serde_json::from_str(&run_in(
        cwd,
        workspace,
        &["check", "--format", "sarif", dir],
    ))
    .expect("SARIF is JSON");
    let uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        ["artifactLocation"]["uri"]
        .as_str()
        .expect("a result's uri")
        .to_string();
    (file, uri)
}

/// GitHub reads annotation paths and SARIF URIs against the repository root: the git
/// checkout around the scanned tree, whatever the working directory and however the
/// directory is named; without `.git`, `GITHUB_WORKSPACE`; without both, the working
/// directory.
#[test]
fn code_host_paths_are_relative_to_the_repository() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let repo = tmp.path().join("repo");
    let infra = repo.join("infra");
    std::fs::create_dir_all(&infra).expect("temp dir is writable");
    std::fs::create_dir(repo.join(".git")).expect("temp dir is writable");
    std::fs::write(
        infra.join("main.tf"),
        "resource \"aws_kms_key\" \"k\" {\n  description = \"k\"\n}\n",
    )
    .expect("temp dir is writable");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).expect("temp dir is writable");
    let want = ("infra/main.tf".to_string(), "infra/main.tf".to_string());
    let abs = infra.to_str().expect("UTF-8 path");
    assert_eq!(
        code_host_paths(&infra, None, "."),
        want,
        "run inside infra/"
    );
    assert_eq!(
        code_host_paths(&repo, None, "infra"),
        want,
        "run at the root"
    );
    assert_eq!(
        code_host_paths(&elsewhere, None, abs),
        want,
        "run outside the repository"
    );
    assert_eq!(
        code_host_paths(&infra, Some(&elsewhere), "."),
        want,
        "the checkout wins over GITHUB_WORKSPACE"
    );
    // A checkout without `.git` (actions/checkout without git): GITHUB_WORKSPACE.
    std::fs::remove_dir(repo.join(".git")).expect("removes");
    assert_eq!(
        code_host_paths(&infra, Some(&repo), "."),
        want,
        "GITHUB_WORKSPACE"
    );
    // Neither: relative to the working directory.
    let here = ("main.tf".to_string(), "main.tf".to_string());
    assert_eq!(
        code_host_paths(&infra, None, "."),
        here,
        "the working directory"
    );
}

/// Two findings that differ only by the suppression comment they are about (same rule, root,
/// no resource) had one fingerprint, so code scanning showed one alert for both.
#[test]
fn sarif_fingerprints_are_unique_per_finding() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("main.tf"),
        "# tfgate:ignore no-such-rule -- one\nresource \"aws_kms_key\" \"a\" {\n  enable_key_rotation = true\n}\n\n# tfgate:ignore no-such-rule -- one\nresource \"aws_kms_key\" \"b\" {\n  enable_key_rotation = true\n}\n",
    )
    .expect("temp dir is writable");
    let log: Value = serde_json::from_str(&run_in(
        dir.path(),
        None,
        &["check", "--format", "sarif", "."],
    ))
    .expect("SARIF is JSON");
    let prints: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["ruleId"] == "TFG-GOV-002")
        .map(|r| {
            r["partialFingerprints"]["tfgate/v2"]
                .as_str()
                .expect("print")
        })
        .collect();
    assert_eq!(prints.len(), 2, "{log}");
    assert_ne!(prints[0], prints[1]);
}

/// The module of `testdata/reports/module-instances` is called five times (three instances
/// through `for_each`, two through `count`): each line of it that breaks a rule is one
/// finding in every format, listing the five instances.
#[test]
fn a_module_called_five_times_is_one_finding_per_location() {
    const PROJECT: &str = "testdata/reports/module-instances";
    const INSTANCES: [&str; 5] = [
        "module.service[\"billing\"].aws_security_group.this",
        "module.service[\"orders\"].aws_security_group.this",
        "module.service[\"search\"].aws_security_group.this",
        "module.worker[0].aws_security_group.this",
        "module.worker[1].aws_security_group.this",
    ];
    let json: Value = serde_json::from_slice(&report(PROJECT, "json")).expect("JSON");
    let findings = json["findings"].as_array().expect("findings");
    let places: Vec<(String, String, u64)> = findings
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().expect("rule").to_string(),
                f["location"]["file"].as_str().expect("file").to_string(),
                f["location"]["start_line"].as_u64().expect("line"),
            )
        })
        .collect();
    let unique: std::collections::BTreeSet<_> = places.iter().collect();
    assert_eq!(
        unique.len(),
        places.len(),
        "one finding per rule and location: {places:?}"
    );
    assert_eq!(findings.len(), 3, "{places:?}");
    for f in findings {
        assert_eq!(
            f["instances"].as_array().expect("instances").len(),
            5,
            "{f}"
        );
    }
    let ssh = findings
        .iter()
        .find(|f| f["rule_id"] == "TFG-NET-001")
        .expect("the open SSH finding");
    let listed: Vec<&str> = ssh["instances"]
        .as_array()
        .expect("instances")
        .iter()
        .map(|i| i["resource"].as_str().expect("address"))
        .collect();
    assert_eq!(listed, INSTANCES);
    // Each instance keeps its own detail: module call and evaluated value.
    let worker = &ssh["instances"][4];
    assert_eq!(worker["module_calls"][0]["module"], "module.worker[1]");
    assert_eq!(worker["module_calls"][0]["line"], 10);
    assert!(
        worker["message"]
            .as_str()
            .is_some_and(|m| m.contains("`svc-worker-1`")),
        "{worker}"
    );
    // Two module calls reach the key: the message names the block, not one call's instance.
    let key = findings
        .iter()
        .find(|f| f["rule_id"] == "TFG-ENC-022")
        .expect("the key finding");
    assert!(
        key["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("`aws_kms_key.this` does not set")),
        "{key}"
    );
    assert_eq!(json["summary"]["findings"], 3);
    assert_eq!(json["summary"]["finding_instances"], 15);

    let sarif: Value = serde_json::from_slice(&report(PROJECT, "sarif")).expect("SARIF");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    let ssh = results
        .iter()
        .find(|r| r["ruleId"] == "TFG-NET-001")
        .expect("one SSH result");
    let logical: Vec<&str> = ssh["locations"][0]["logicalLocations"]
        .as_array()
        .expect("logical locations")
        .iter()
        .map(|l| l["fullyQualifiedName"].as_str().expect("name"))
        .collect();
    assert_eq!(logical, INSTANCES);
    assert_eq!(
        ssh["properties"]["instances"].as_array().map(Vec::len),
        Some(5)
    );
    let calls: Vec<&str> = ssh["relatedLocations"]
        .as_array()
        .expect("the module calls")
        .iter()
        .map(|r| r["message"]["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        calls,
        [
            "module.service is called here",
            "module.worker is called here"
        ]
    );
    assert!(
        ssh["message"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("applies to 5 instances")),
        "{ssh}"
    );

    let text = String::from_utf8(report(PROJECT, "text")).expect("UTF-8");
    assert_eq!(text.matches("critical TFG-NET-001").count(), 1, "{text}");
    assert!(
        text.contains(&format!(
            "= applies to 5 instances: {}, {}, {} and 2 more",
            INSTANCES[0], INSTANCES[1], INSTANCES[2]
        )),
        "{text}"
    );
    assert!(
        text.contains("3 finding(s)") || text.contains("3 findings"),
        "{text}"
    );
    // --verbose keeps each instance's detail.
    let (verbose, _) = run(&["check", "--verbose", "--color", "never", PROJECT], "2");
    let verbose = String::from_utf8(verbose).expect("UTF-8");
    for address in INSTANCES {
        assert!(
            verbose.contains(&format!("= instance {address}: ")),
            "{verbose}"
        );
    }

    let github = String::from_utf8(report(PROJECT, "github")).expect("UTF-8");
    assert_eq!(github.lines().count(), 3, "{github}");
    let markdown = String::from_utf8(report(PROJECT, "markdown")).expect("UTF-8");
    assert_eq!(
        markdown
            .lines()
            .filter(|l| l.contains("TFG-NET-001.md"))
            .count(),
        1,
        "{markdown}"
    );
    assert!(markdown.contains("(5 instances)"), "{markdown}");
    let junit = String::from_utf8(report(PROJECT, "junit")).expect("UTF-8");
    assert_eq!(
        junit.matches("<failure").count(),
        3,
        "one failure per finding: {junit}"
    );
    // One test case per resource block, named by its file when two module calls reach it.
    assert!(
        junit.contains(
            "name=\"aws_security_group.this in testdata/reports/module-instances/modules/service/main.tf (5 instances)\""
        ),
        "{junit}"
    );
}

/// An exception for one instance covers that instance only: the location keeps the other
/// instances as its finding, and the run still fails.
#[test]
fn an_exception_for_one_instance_leaves_the_others_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let register = dir.path().join("exceptions.toml");
    std::fs::write(
        &register,
        "[[exception]]\nrule = \"TFG-NET-001\"\nresource = 'module.service[\"orders\"].aws_security_group.this'\nreason = \"bastion\"\nticket = \"SEC-9\"\napproved-by = \"ciso@example.com\"\nexpires = 2099-01-01\n",
    )
    .expect("temp dir is writable");
    let (out, code) = run(
        &[
            "check",
            "--format",
            "json",
            "--fail-on",
            "critical",
            "--exceptions",
            register.to_str().expect("UTF-8 path"),
            "testdata/reports/module-instances",
        ],
        "2",
    );
    assert_eq!(code, 1, "the other four instances still fail the run");
    let report: Value = serde_json::from_slice(&out).expect("JSON");
    let ssh: Vec<&Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule_id"] == "TFG-NET-001")
        .collect();
    assert_eq!(ssh.len(), 2, "an active and a suppressed finding: {ssh:?}");
    let addresses = |f: &Value| -> Vec<String> {
        f["instances"]
            .as_array()
            .expect("instances")
            .iter()
            .map(|i| i["resource"].as_str().expect("address").to_string())
            .collect()
    };
    let active = ssh
        .iter()
        .find(|f| f["suppressed"].is_null())
        .expect("active");
    let excepted = ssh
        .iter()
        .find(|f| !f["suppressed"].is_null())
        .expect("excepted");
    assert_eq!(addresses(active).len(), 4);
    assert!(!addresses(active).iter().any(|a| a.contains("orders")));
    assert_eq!(
        addresses(excepted),
        ["module.service[\"orders\"].aws_security_group.this"]
    );
    assert_eq!(excepted["suppressed"]["kind"], "exception");
    let sarif: Value = serde_json::from_slice(
        &run(
            &[
                "check",
                "--format",
                "sarif",
                "--exceptions",
                register.to_str().expect("UTF-8 path"),
                "testdata/reports/module-instances",
            ],
            "2",
        )
        .0,
    )
    .expect("SARIF");
    let prints: std::collections::BTreeSet<&str> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            r["partialFingerprints"]["tfgate/v2"]
                .as_str()
                .expect("print")
        })
        .collect();
    assert_eq!(prints.len(), 4, "four results, four fingerprints");
}

/// A finding's SARIF fingerprint stays when lines move and when another module call reaches
/// the same line (the alert is the line's, not the calls'), and differs between locations.
#[test]
fn fingerprints_survive_line_shifts_and_new_module_calls() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/reports/module-instances");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("modules/service")).expect("temp dir is writable");
    for file in ["main.tf", "modules/service/main.tf"] {
        std::fs::copy(fixture.join(file), dir.path().join(file)).expect("fixture copies");
    }
    let prints = || -> std::collections::BTreeMap<String, String> {
        let log: Value = serde_json::from_str(&run_in(
            dir.path(),
            None,
            &["check", "--format", "sarif", "."],
        ))
        .expect("SARIF is JSON");
        log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().expect("rule").to_string(),
                    r["partialFingerprints"]["tfgate/v2"]
                        .as_str()
                        .expect("print")
                        .to_string(),
                )
            })
            .collect()
    };
    let before = prints();
    assert_eq!(before.len(), 3);
    let distinct: std::collections::BTreeSet<&String> = before.values().collect();
    assert_eq!(distinct.len(), 3, "one fingerprint per location");
    let module = dir.path().join("modules/service/main.tf");
    let text = std::fs::read_to_string(&module).expect("module");
    std::fs::write(&module, format!("\n\n# moved down\n{text}")).expect("writes");
    let main = dir.path().join("main.tf");
    let text = std::fs::read_to_string(&main).expect("main");
    std::fs::write(
        &main,
        format!(
            "module \"aaa\" {{\n  source = \"./modules/service\"\n  name   = \"aaa\"\n}}\n\n{text}"
        ),
    )
    .expect("writes");
    assert_eq!(prints(), before);
}

/// The text report lists suppressed instances of one location on one line, as it does
/// active ones.
#[test]
fn suppressed_instances_of_one_location_are_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let register = dir.path().join("exceptions.toml");
    std::fs::write(
        &register,
        "[[exception]]\nrule = \"TFG-NET-001\"\nresource = 'module.service[*'\nreason = \"bastions\"\nticket = \"SEC-9\"\napproved-by = \"ciso@example.com\"\nexpires = 2099-01-01\n",
    )
    .expect("temp dir is writable");
    let exceptions = register.to_str().expect("UTF-8 path");
    let text = |verbose: bool| {
        let mut args = vec!["check", "--color", "never", "--exceptions", exceptions];
        if verbose {
            args.push("--verbose");
        }
        args.push("testdata/reports/module-instances");
        String::from_utf8(run(&args, "2").0).expect("UTF-8")
    };
    let plain = text(false);
    let lines: Vec<&str> = plain
        .lines()
        .filter(|l| l.starts_with("  TFG-NET-001 ssh-open-to-internet"))
        .collect();
    assert_eq!(lines.len(), 1, "{plain}");
    assert!(
        lines[0].contains("module.service.aws_security_group.this (applies to 3 instances: "),
        "{plain}"
    );
    let verbose = text(true);
    assert_eq!(
        verbose
            .lines()
            .filter(|l| l.starts_with("  TFG-NET-001 ssh-open-to-internet"))
            .count(),
        3,
        "{verbose}"
    );
}
