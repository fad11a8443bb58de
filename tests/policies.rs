//! The team's own baseline as code, end to end through the binary: Terraform policy files
//! (`testdata/policies/`, `examples/policies/`) loaded, judged, suppressed, reported, tested
//! with `tfgate test`, documented with `tfgate baseline` and recorded in the evidence.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn tfgate() -> Command {
    let mut c = Command::cargo_bin("tfgate").expect("binary is built");
    c.env_remove("SOURCE_DATE_EPOCH");
    c
}

/// `check --format json` with extra arguments: exit code, report, standard error.
fn check_json(args: &[&str]) -> (i32, Value, String) {
    let out = tfgate()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    (
        out.status.code().unwrap_or(-1),
        report,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// (rule, resource, message, line) of the active findings.
fn findings(report: &Value) -> Vec<(String, String, String, u64)> {
    let mut out: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["suppressed"].is_null())
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or("").to_string(),
                f["resource"].as_str().unwrap_or("").to_string(),
                f["message"].as_str().unwrap_or("").to_string(),
                f["location"]["start_line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    out.sort();
    out
}

fn rule_summary<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["summary"]["rules"]
        .as_array()
        .expect("summary rules")
        .iter()
        .find(|r| r["rule_id"] == id)
        .unwrap_or_else(|| panic!("no summary for {id}: {}", report["summary"]))
}

const LANGUAGE: &[&str] = &[
    "testdata/policies/language/project",
    "--policies",
    "testdata/policies/language/policies",
    "--select",
    "policy",
    "--policy-input",
    "environment=prod",
];

#[test]
fn the_documented_language_loads_and_judges_each_construct() {
    let (code, report, stderr) = check_json(LANGUAGE);
    assert_eq!(code, 1, "{stderr}");
    let got = findings(&report);
    let want = [
        (
            "POL-storage-app_inputs",
            "module.huge",
            "module module.huge has size huge",
            46,
        ),
        (
            "POL-storage-bucket_names",
            "aws_s3_bucket.scratch",
            "bucket dev-scratch does not start with prod-",
            22,
        ),
        (
            "POL-storage-default_tags",
            "provider.aws",
            "provider provider.aws sets no default_tags",
            1,
        ),
        // meta.version from the root's .terraform.lock.hcl, for both provider blocks.
        (
            "POL-storage-supported_version",
            "provider.aws",
            "provider hashicorp/aws 4.67.0 is older than 5.0.0",
            1,
        ),
        (
            "POL-storage-supported_version",
            "provider.aws.tagged",
            "provider hashicorp/aws 4.67.0 is older than 5.0.0",
            5,
        ),
        (
            "POL-storage-encrypted",
            "aws_ebs_volume.plain",
            "volume aws_ebs_volume.plain is not encrypted",
            25,
        ),
        (
            "POL-storage-registry_versions",
            "module.vpc",
            "module terraform-aws-modules/vpc/aws 1.5.0 is outside 2.x",
            51,
        ),
        // The sensitive input in the message is withheld.
        (
            "POL-storage-retention",
            "aws_cloudwatch_log_group.short",
            "log group keeps 3 days, under 7 (token (sensitive))",
            38,
        ),
    ];
    let want: Vec<(String, String, String, u64)> = want
        .iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), *d))
        .collect();
    let mut want = want;
    want.sort();
    assert_eq!(got, want);
    assert!(
        !report.to_string().contains("s3cr3t-token"),
        "sensitive input printed"
    );
    // getresources found the central-logs bucket for every bucket: three passes.
    let central = rule_summary(&report, "POL-storage-central_logging_exists");
    assert_eq!(central["passed"], 3, "{central}");
    assert_eq!(central["failed"], 0, "{central}");
}

#[test]
fn inputs_come_from_flags_files_and_defaults() {
    // Default `dev`: prod-data breaks the name policy instead of dev-scratch.
    let (_, report, _) = check_json(&LANGUAGE[..5]);
    let names: Vec<_> = findings(&report)
        .into_iter()
        .filter(|f| f.0 == "POL-storage-bucket_names")
        .map(|f| f.1)
        .collect();
    assert_eq!(names, ["aws_s3_bucket.data"]);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("inputs.tfvars");
    std::fs::write(&file, "environment = \"prod\"\nmin_retention_days = 2\n").expect("write");
    let mut args = LANGUAGE[..5].to_vec();
    args.extend(["--policy-input-file", file.to_str().expect("utf-8")]);
    let (_, report, _) = check_json(&args);
    let ids: Vec<_> = findings(&report).into_iter().map(|f| f.0).collect();
    assert!(
        !ids.contains(&"POL-storage-retention".to_string()),
        "{ids:?}"
    );
    assert!(ids.contains(&"POL-storage-bucket_names".to_string()));
    // A value for an input no file declares is an input error.
    let mut args = LANGUAGE[..5].to_vec();
    args.extend(["--policy-input", "nope=1"]);
    let (code, _, stderr) = check_json(&args);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn unknown_values_are_undecided_never_a_finding_or_a_pass() {
    let (code, report, stderr) = check_json(&[
        "testdata/policies/unknown/project",
        "--policies",
        "testdata/policies/unknown/policies",
        "--select",
        "policy",
    ]);
    assert_eq!(code, 1, "{stderr}");
    let got: Vec<_> = findings(&report).into_iter().map(|f| f.1).collect();
    assert_eq!(got, ["aws_instance.known_bad"]);
    let ami = rule_summary(&report, "POL-unknown-approved_ami");
    assert_eq!(
        (
            ami["undecided"].as_u64(),
            ami["failed"].as_u64(),
            ami["passed"].as_u64()
        ),
        (Some(1), Some(1), Some(0)),
        "{ami}"
    );
    // The filter reads a variable with no value: undecided.
    let db = rule_summary(&report, "POL-unknown-prod_backups");
    assert_eq!(
        (db["undecided"].as_u64(), db["failed"].as_u64()),
        (Some(1), Some(0)),
        "{db}"
    );
    let text = tfgate()
        .args([
            "check",
            "testdata/policies/unknown/project",
            "--policies",
            "testdata/policies/unknown/policies",
            "--select",
            "policy",
        ])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("POL-unknown-prod_backups unknown-prod-backups (1)"),
        "{text}"
    );
}

#[test]
fn a_plan_deleting_a_production_database_fails() {
    let (code, report, stderr) = check_json(&[
        "testdata/policies/delete/plan.json",
        "--policies",
        "testdata/policies/delete/policies",
        "--select",
        "policy",
    ]);
    assert_eq!(code, 1, "{stderr}");
    let got: Vec<_> = findings(&report).into_iter().map(|f| (f.0, f.1)).collect();
    // The staging delete and the update that raises retention to 21 days pass.
    assert_eq!(
        got,
        [(
            "POL-rds-no_production_delete".to_string(),
            "aws_db_instance.ledger".to_string()
        )]
    );
    let backups = rule_summary(&report, "POL-rds-production_backups");
    assert_eq!(backups["passed"], 1, "{backups}");
}

#[test]
fn broken_policy_files_are_input_errors_naming_file_and_line() {
    let cases = [
        ("plugins", 2, "plugins"),
        ("unknown_block", 7, "data_policy"),
        ("bare_function", 3, "core::contains"),
        ("undeclared_input", 3, "input.size"),
        ("bad_level", 2, "soft_mandatory"),
        // Evaluated: the instance has no `monitoring` and the condition has no core::try.
        ("missing_attr", 3, "no attribute `monitoring`"),
        // A policy may not stall the gate: a step budget per judgement.
        ("too_many_steps", 1, "evaluation steps"),
    ];
    for (dir, line, says) in cases {
        let policies = format!("testdata/policies/errors/{dir}");
        let (code, report, _) =
            check_json(&["testdata/policies/errors/project", "--policies", &policies]);
        assert_eq!(code, 2, "{dir}");
        let errors = report["errors"].as_array().expect("errors");
        let hit = errors
            .iter()
            .find(|e| e["code"] == "policy-error")
            .unwrap_or_else(|| panic!("{dir}: {errors:?}"));
        assert_eq!(hit["file"], format!("{policies}/p.policy.hcl"), "{dir}");
        assert_eq!(hit["line"], line, "{dir}: {hit}");
        assert!(
            hit["message"].as_str().unwrap_or("").contains(says),
            "{dir}: {hit}"
        );
        // Built-in rules still ran over the project.
        assert!(report["summary"].is_object(), "{dir}");
    }
}

#[test]
fn policy_ids_work_like_rule_ids() {
    let base = ["examples/soc2-project"];
    // --ignore by id and --select by area.
    let (_, report, _) = check_json(&[
        base[0],
        "--select",
        "policy",
        "--ignore",
        "POL-tags-required_tags",
    ]);
    let ids: Vec<_> = findings(&report).into_iter().map(|f| f.0).collect();
    assert!(
        !ids.contains(&"POL-tags-required_tags".to_string()),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"POL-regions-allowed_regions".to_string()),
        "{ids:?}"
    );
    // The configuration's severity override and the enforcement level's default.
    let (_, report, _) = check_json(&[base[0], "--select", "policy"]);
    let sev = |id: &str| {
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["rule_id"] == id)
            .map(|f| f["severity"].clone())
    };
    assert_eq!(
        sev("POL-instances-approved_families"),
        Some("medium".into())
    );
    assert_eq!(sev("POL-regions-allowed_regions"), Some("high".into()));
    // explain prints the policy's doc.
    let out = tfgate()
        .args(["explain", "POL-rds-production_backups"])
        .current_dir("examples/soc2-project")
        .output()
        .expect("runs");
    let doc = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{doc}");
    let list = tfgate()
        .arg("rules")
        .current_dir("examples/soc2-project")
        .output()
        .expect("runs");
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(list.contains("POL-regions-allowed_regions"), "{list}");
    assert!(list.contains("TFG-BASELINE-001"), "{list}");
    assert!(
        doc.starts_with("# POL-rds-production_backups production_backups"),
        "{doc}"
    );
    assert!(doc.contains("SOC2:A1.2, NIST:CP-9"), "{doc}");
    // A suppression comment naming a policy id, in a copy of the project.
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new("examples"), &dir.path().join("examples"));
    // A checkout: `policies = ["../policies"]` stays inside it.
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
    let main = dir.path().join("examples/soc2-project/main.tf");
    let text = std::fs::read_to_string(&main).expect("read");
    let text = text.replace(
        "resource \"aws_instance\" \"worker\" {",
        "# tfgate:ignore POL-instances-approved_families until 2099-01-01 -- m4 reserved instances until renewal (CAB-42)\nresource \"aws_instance\" \"worker\" {",
    );
    std::fs::write(&main, text).expect("write");
    let project = dir.path().join("examples/soc2-project");
    let (_, report, stderr) = check_json(&[project.to_str().expect("utf-8"), "--select", "policy"]);
    let suppressed: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| !f["suppressed"].is_null())
        .map(|f| f["rule_id"].clone())
        .collect();
    assert_eq!(
        suppressed,
        [Value::from("POL-instances-approved_families")],
        "{stderr}"
    );
}

#[test]
fn explain_and_sarif_describe_each_policy() {
    let out = tfgate()
        .args(["check", "examples/soc2-project", "--format", "sarif"])
        .output()
        .expect("runs");
    let sarif: Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let tags = rules
        .iter()
        .find(|r| r["id"] == "POL-tags-required_tags")
        .expect("policy listed as a rule");
    let help = tags["help"]["text"].as_str().expect("help");
    assert!(help.contains("core::length(local.missing) == 0"), "{help}");
    assert!(help.contains("SOC2:CC6.1"), "{help}");
    let result = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "POL-rds-production_backups")
        .expect("a result");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        22
    );
}

#[test]
fn tfgate_test_passes_the_example_pack() {
    let out = tfgate()
        .args(["test", "examples/policies"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("27 passed, 0 failed, 0 error(s)"), "{text}");
    assert!(text.contains("pass  examples/policies/tests/rds.policytest.hcl: resource \"aws_db_instance\" \"production_deleted\""), "{text}");
}

#[test]
fn a_broken_policy_fails_the_test_that_covers_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new("examples/policies"), &dir.path().join("policies"));
    let rds = dir.path().join("policies/rds.policy.hcl");
    let text = std::fs::read_to_string(&rds).expect("read");
    // The retention check turned around: compliant databases now fail, short ones pass.
    let broken = text.replace(
        "core::try(attrs.backup_retention_period, 0) >= input.min_backup_days",
        "core::try(attrs.backup_retention_period, 0) < input.min_backup_days",
    );
    assert_ne!(broken, text);
    std::fs::write(&rds, broken).expect("write");
    let out = tfgate()
        .arg("test")
        .arg(dir.path().join("policies"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let failed: Vec<&str> = text.lines().filter(|l| l.starts_with("FAIL")).collect();
    assert_eq!(failed.len(), 2, "{text}");
    assert!(failed[0].contains("\"production_compliant\""), "{text}");
    assert!(
        failed[0].contains("unexpected failure: POL-rds-production_backups"),
        "{text}"
    );
    assert!(text.contains("25 passed, 2 failed"), "{text}");
    // A test file that cannot be read as one is an error: exit 2.
    std::fs::write(
        dir.path().join("policies/tests/bad.policytest.hcl"),
        "run \"x\" {}\n",
    )
    .expect("write");
    let out = tfgate()
        .arg("test")
        .arg(dir.path().join("policies"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn baseline_document_and_evidence() {
    let out = tfgate()
        .args(["baseline", "examples/soc2-project", "--format", "markdown"])
        .output()
        .expect("runs");
    let md = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{md}");
    assert!(
        md.starts_with("# Acme SOC 2 secure configuration baseline 2\\.1.0"),
        "{md}"
    );
    assert!(md.contains("| Review by | 2027-04-01 |"), "{md}");
    assert!(md.contains("### `POL-rds-production_backups`"), "{md}");
    assert!(
        md.contains("| TFG-NET-001 | ssh-open-to-internet |"),
        "{md}"
    );
    let json = tfgate()
        .args(["baseline", "examples/soc2-project", "--format", "json"])
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(doc["baseline"]["version"], "2.1.0");
    assert_eq!(doc["policies"].as_array().map(Vec::len), Some(9));
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |name: &str| {
        let path = dir.path().join(name);
        tfgate()
            .env("SOURCE_DATE_EPOCH", "1795000000")
            .args(["check", "examples/soc2-project", "--evidence"])
            .arg(&path)
            .output()
            .expect("runs");
        std::fs::read(&path).expect("evidence written")
    };
    let (a, b) = (run("a.json"), run("b.json"));
    assert_eq!(a, b, "byte-identical with SOURCE_DATE_EPOCH");
    let ev: Value = serde_json::from_slice(&a).expect("JSON");
    let bd = &ev["baseline_document"];
    assert_eq!(bd["name"], "Acme SOC 2 secure configuration baseline");
    assert_eq!(bd["effective"], "2026-10-01");
    let files = bd["policy_files"].as_array().expect("policy files");
    assert_eq!(files.len(), 6);
    let tags = files
        .iter()
        .find(|f| f["file"] == "examples/policies/tags.policy.hcl")
        .expect("tags file");
    let bytes = std::fs::read("examples/policies/tags.policy.hcl").expect("read");
    use sha2::Digest;
    let want: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(tags["sha256"], want);
}

#[test]
fn a_baseline_past_its_review_date_is_a_governance_finding() {
    let (_, report, _) = check_json(&[
        "examples/soc2-project",
        "--select",
        "governance",
        "--today",
        "2027-05-01",
    ]);
    let got = findings(&report);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "TFG-BASELINE-001");
    assert!(
        got[0]
            .2
            .starts_with("baseline review overdue since 2027-04-01"),
        "{got:?}"
    );
    let (_, report, _) = check_json(&[
        "examples/soc2-project",
        "--select",
        "governance",
        "--today",
        "2027-03-31",
    ]);
    assert!(findings(&report).is_empty());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).expect("copy");
        }
    }
}

#[test]
fn tfgate_test_covers_mocks_of_every_kind() {
    let out = tfgate()
        .args(["test", "testdata/policies/language"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    // lookups: a data mock feeds core::getdatasource; storage: inputs at both levels,
    // prior_attrs (update judged, delete not), module meta, provider attrs; skip mocks only
    // feed core::getresources.
    assert!(text.contains("11 passed, 0 failed, 0 error(s)"), "{text}");
    assert!(
        !text.contains("\"central\""),
        "a skip mock is no test case: {text}"
    );
    assert!(text.contains("pass  testdata/policies/language/tests/storage.policytest.hcl: provider \"aws\" \"untagged\""), "{text}");
}

#[test]
fn test_targets_stay_in_the_tree_of_the_test_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).expect("mkdir");
    std::fs::create_dir_all(repo.join("tests")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("elsewhere")).expect("mkdir");
    std::fs::write(
        dir.path().join("elsewhere/x.policy.hcl"),
        "resource_policy \"aws_instance\" \"x\" {\n  enforce {\n    condition = true\n  }\n}\n",
    )
    .expect("write");
    std::fs::write(
        repo.join("tests/x.policytest.hcl"),
        "policytest {\n  targets = [\"../../elsewhere\"]\n}\n\nresource \"aws_instance\" \"a\" {\n  attrs = {}\n}\n",
    )
    .expect("write");
    let out = tfgate().arg("test").arg(&repo).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("is outside"), "{text}");
}

#[test]
fn exceptions_and_the_baseline_file_take_policy_ids() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new("examples"), &dir.path().join("examples"));
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
    let project = dir.path().join("examples/soc2-project");
    std::fs::write(
        project.join(".tfgate-exceptions.toml"),
        "[[exception]]\nrule = \"POL-rds-production_backups\"\nresource = \"aws_db_instance.*\"\nreason = \"7 days agreed\"\nticket = \"SEC-9\"\napproved-by = \"ciso@example.com\"\nexpires = 2099-01-01\n",
    )
    .expect("write");
    let project = project.to_str().expect("utf-8");
    let (code, report, stderr) = check_json(&[project, "--select", "policy"]);
    assert_eq!(code, 1, "{stderr}");
    let excepted: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["suppressed"]["kind"] == "exception")
        .map(|f| f["rule_id"].clone())
        .collect();
    assert_eq!(excepted, [Value::from("POL-rds-production_backups")]);
    // Every other policy finding, provider and module ones included, goes to the baseline.
    let active = findings(&report).len();
    let baseline = dir.path().join("baseline.json");
    let out = tfgate()
        .args(["check", project, "--select", "policy", "--write-baseline"])
        .arg(&baseline)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let (code, report, _) = check_json(&[
        project,
        "--select",
        "policy",
        "--baseline",
        baseline.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0);
    assert!(findings(&report).is_empty(), "{:?}", findings(&report));
    let recorded: Value =
        serde_json::from_slice(&std::fs::read(&baseline).expect("read")).expect("JSON");
    assert_eq!(recorded["findings"].as_array().map(Vec::len), Some(active));
    assert!(recorded.to_string().contains("provider.aws"), "{recorded}");
}

#[test]
fn a_baseline_table_with_an_unknown_key_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"aws_iam_user\" \"u\" {\n  name = \"u\"\n}\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "[baseline]\nname = \"x\"\nversion = \"1\"\neffective = \"2026-01-01\"\nreviewed = \"2026-06-01\"\n",
    )
    .expect("write");
    let (code, report, _) = check_json(&[dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 2);
    let message = report["errors"][0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(message.contains("unknown field `reviewed`"), "{message}");
    // A date that is not one is named too.
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "[baseline]\nname = \"x\"\nversion = \"1\"\neffective = \"2026-01-01\"\nreview-by = \"soon\"\n",
    )
    .expect("write");
    let (code, report, _) = check_json(&[dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 2);
    assert_eq!(report["errors"][0]["line"], 5, "{}", report["errors"]);
}

#[test]
fn sarif_with_policies_is_valid() {
    // The OASIS schema's `run.language` pattern has a stray `]`, as tests/reports.rs notes.
    let text = std::fs::read_to_string("testdata/sarif-2.1.0.json")
        .expect("schema")
        .replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&text).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let runs: [&[&str]; 3] = [
        &["examples/soc2-project"],
        &[
            "testdata/policies/delete/plan.json",
            "--policies",
            "testdata/policies/delete/policies",
        ],
        &[LANGUAGE[0], LANGUAGE[1], LANGUAGE[2]],
    ];
    for args in runs {
        let out = tfgate()
            .args(["check", "--format", "sarif"])
            .args(args)
            .output()
            .expect("runs");
        let sarif: Value = serde_json::from_slice(&out.stdout).expect("SARIF");
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:?}");
    }
}

#[test]
fn the_reference_shapes_load_and_judge() {
    let (code, report, stderr) = check_json(&[
        "testdata/policies/reference/project",
        "--policies",
        "testdata/policies/reference/policies",
        "--select",
        "policy",
    ]);
    assert_eq!(code, 1, "{stderr}");
    let got: Vec<(String, String)> = findings(&report).into_iter().map(|f| (f.0, f.1)).collect();
    let want = [
        ("POL-shapes-instance_type_check", "aws_instance.batch"),
        // The aliased provider is filtered out; the region fails, the source passes and the
        // version (no lock file) is undecided.
        ("POL-shapes-standard_configuration", "provider.aws"),
        ("POL-shapes-testing", "aws_instance.test_runner"),
        ("POL-shapes-version_and_source_check", "module.network"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// A temporary project: `files` (relative path, text) and policy files in `policies/`.
/// Returns the directory (kept while in use), the project's path and the policies' path.
fn project(
    files: &[(&str, String)],
    policies: &[(&str, &str)],
) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(path, text).expect("writes");
    }
    let pol = dir.path().join("policies");
    std::fs::create_dir(&pol).expect("dir");
    for (name, text) in policies {
        std::fs::write(pol.join(name), text).expect("writes");
    }
    let root = dir.path().to_str().expect("utf-8").to_string();
    let pol = pol.to_str().expect("utf-8").to_string();
    (dir, root, pol)
}

/// A policy judges its instances in shares, on every thread: over two hundred buckets, each
/// is counted once (checked, failed, passed) and a condition that cannot be evaluated on
/// any of them is one input error at the policy's line, not one per share.
#[test]
fn a_policy_over_many_instances_counts_each_once_and_errs_once() {
    let mut code = String::new();
    for i in 0..210 {
        let tags = if i % 3 == 0 {
            "{ owner = \"a\" }"
        } else {
            "{}"
        };
        code.push_str(&format!(
            "resource \"aws_s3_bucket\" \"b{i}\" {{\n  bucket = \"b{i}\"\n  tags   = {tags}\n}}\n"
        ));
    }
    let (_dir, root, pol) = project(
        &[("main.tf", code)],
        &[
            (
                "tags.policy.hcl",
                "resource_policy \"aws_s3_bucket\" \"owner\" {\n  enforce {\n    condition     = core::contains(core::keys(attrs.tags), \"owner\")\n    error_message = \"no owner tag\"\n  }\n}\n",
            ),
            (
                "broken.policy.hcl",
                "resource_policy \"aws_s3_bucket\" \"broken\" {\n  enforce {\n    condition     = attrs.bucket + 1 > 0\n    error_message = \"never\"\n  }\n}\n",
            ),
        ],
    );
    let (code, report, _) = check_json(&[&root, "--policies", &pol, "--select", "policy"]);
    assert_eq!(code, 2, "the broken policy is an input error");
    let owner = rule_summary(&report, "POL-tags-owner");
    assert_eq!(owner["checked"], 210, "{owner}");
    assert_eq!(owner["failed"], 140, "{owner}");
    assert_eq!(owner["passed"], 70, "{owner}");
    assert_eq!(findings(&report).len(), 140);
    let errors: Vec<&Value> = report["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter(|e| e["message"].as_str().unwrap_or("").contains("number"))
        .collect();
    assert_eq!(errors.len(), 1, "{}", report["errors"]);
    assert!(
        errors[0]["file"]
            .as_str()
            .unwrap_or("")
            .ends_with("broken.policy.hcl"),
        "{}",
        errors[0]
    );
}

/// Resources that agree on what a policy reads are judged once; what it reads decides the
/// verdict and the message of each: a message naming `attrs.bucket` names each bucket, a
/// policy reading the attributes whole judges each resource, and one that looks at the root's
/// other resources tells roots apart.
#[test]
fn shared_judgements_follow_what_each_policy_reads() {
    let mut files = Vec::new();
    for (root, versioned) in [("a", true), ("b", false)] {
        let mut code = String::new();
        for i in 0..3 {
            code.push_str(&format!(
                "resource \"aws_s3_bucket\" \"{root}{i}\" {{\n  bucket = \"{root}-{i}\"\n  tags   = {{ team = \"x\" }}\n}}\n"
            ));
        }
        if versioned {
            code.push_str("resource \"aws_s3_bucket_versioning\" \"v\" {\n  bucket = \"a-0\"\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\n");
        }
        files.push((if versioned { "a/main.tf" } else { "b/main.tf" }, code));
    }
    let (_dir, root, pol) = project(
        &files,
        &[(
            "p.policy.hcl",
            r#"resource_policy "aws_s3_bucket" "owner" {
  enforce {
    condition     = core::contains(core::keys(attrs.tags), "owner")
    error_message = "bucket ${attrs.bucket} has no owner tag"
  }
}
resource_policy "aws_s3_bucket" "whole" {
  enforce {
    condition     = !core::contains(core::keys(attrs), "bucket") || attrs.bucket != "b-1"
    error_message = "b-1 is not allowed"
  }
}
resource_policy "aws_s3_bucket" "versioned" {
  enforce {
    condition     = core::length(core::getresources("aws_s3_bucket_versioning", {})) > 0
    error_message = "no versioning in this root"
  }
}
"#,
        )],
    );
    let (_, report, stderr) = check_json(&[&root, "--policies", &pol, "--select", "policy"]);
    let got: Vec<(String, String, String)> = findings(&report)
        .into_iter()
        .map(|(rule, resource, message, _)| (rule, resource, message))
        .collect();
    let mut want = Vec::new();
    for r in ["a", "b"] {
        for i in 0..3 {
            want.push((
                "POL-p-owner".to_string(),
                format!("aws_s3_bucket.{r}{i}"),
                format!("bucket {r}-{i} has no owner tag"),
            ));
        }
    }
    want.push((
        "POL-p-whole".into(),
        "aws_s3_bucket.b1".into(),
        "b-1 is not allowed".into(),
    ));
    for i in 0..3 {
        want.push((
            "POL-p-versioned".into(),
            format!("aws_s3_bucket.b{i}"),
            "no versioning in this root".into(),
        ));
    }
    want.sort();
    assert_eq!(got, want, "{stderr}");
    assert_eq!(rule_summary(&report, "POL-p-versioned")["passed"], 3);
}

/// A policy message that quotes a sensitive value of the configuration withholds it, in the
/// finding and in the `info_message` warning, as every message of the run does.
#[test]
fn policy_messages_withhold_sensitive_values() {
    let (_dir, root, pol) = project(
        &[(
            "main.tf",
            "variable \"pw\" {\n  type      = string\n  default   = \"hunter2-correct-horse\"\n  sensitive = true\n}\nresource \"aws_db_instance\" \"db\" {\n  instance_class = \"db.t3.micro\"\n  password       = var.pw\n}\n".into(),
        )],
        &[(
            "p.policy.hcl",
            "resource_policy \"aws_db_instance\" \"pw\" {\n  enforce {\n    condition     = false\n    error_message = \"password is ${attrs.password}\"\n    info_message  = \"info ${attrs.password}\"\n  }\n}\n",
        )],
    );
    let out = tfgate()
        .args([
            "check",
            "--format",
            "json",
            "--verbose",
            &root,
            "--policies",
            &pol,
        ])
        .args(["--select", "policy"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !text.contains("hunter2") && !err.contains("hunter2"),
        "{text}\n{err}"
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("json");
    let got = findings(&report);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "password is (sensitive)");
    assert!(text.contains("info (sensitive)"), "{text}");
}

/// Subjects may hold only the attributes the run's policies read, but `core::getresources`
/// still gives whole resources: a policy reads the versioning status of the bucket's
/// companion, an attribute no policy names after `attrs`.
#[test]
fn other_resources_are_whole_when_subjects_hold_what_policies_read() {
    let (_dir, root, pol) = project(&[("main.tf", "resource \"aws_s3_bucket\" \"on\" {\n  bucket = \"on\"\n}\nresource \"aws_s3_bucket\" \"off\" {\n  bucket = \"off\"\n}\nresource \"aws_s3_bucket_versioning\" \"on\" {\n  bucket = \"on\"\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\nresource \"aws_s3_bucket_versioning\" \"off\" {\n  bucket = \"off\"\n  versioning_configuration {\n    status = \"Suspended\"\n  }\n}\n".into())], &[("v.policy.hcl", r#"resource_policy "aws_s3_bucket" "versioned" {
  locals {
    mine = [for v in core::getresources("aws_s3_bucket_versioning", {}) : v.versioning_configuration[0].status if v.bucket == attrs.bucket]
  }
  enforce {
    condition     = core::contains(local.mine, "Enabled")
    error_message = "bucket ${attrs.bucket} is not versioned"
  }
}
"#)]);
    let (_, report, stderr) = check_json(&[&root, "--policies", &pol, "--select", "policy"]);
    let got: Vec<String> = findings(&report).into_iter().map(|f| f.2).collect();
    assert_eq!(got, ["bucket off is not versioned"], "{stderr}");
}

/// Values from the scanned code that a policy message quotes are escaped in every format,
/// also when one verdict stands for several resources (two buckets sharing hostile tags).
#[test]
fn quoted_scanned_values_are_escaped_in_shared_verdicts() {
    let mut code = String::new();
    for name in ["a", "b"] {
        code.push_str(&format!(
            "resource \"aws_s3_bucket\" \"{name}\" {{\n  bucket = \"{name}\\u001b]0;pwned\\u0007\\n::error::pwned\"\n  tags   = {{ team = \"x\\u001b[31m\\n::warning::pwned\" }}\n}}\n"
        ));
    }
    let (_dir, root, pol) = project(
        &[("main.tf", code)],
        &[(
            "p.policy.hcl",
            r#"resource_policy "aws_s3_bucket" "team" {
  enforce {
    condition     = false
    error_message = "team ${attrs.tags.team}"
  }
}
resource_policy "aws_s3_bucket" "name" {
  enforce {
    condition     = false
    error_message = "bucket ${attrs.bucket}"
  }
}
"#,
        )],
    );
    for format in ["json", "text", "markdown", "github", "sarif", "junit"] {
        let out = tfgate()
            .args(["check", "--format", format, &root, "--policies", &pol])
            .args(["--select", "policy"])
            .output()
            .expect("runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{format}: {text}");
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{format}: raw control characters"
        );
        assert!(
            !text
                .lines()
                .any(|l| l.starts_with("::error::pwned") || l.starts_with("::warning::pwned")),
            "{format}: a workflow command: {text}"
        );
        assert!(
            text.contains("pwned"),
            "{format}: the findings are reported: {text}"
        );
    }
}
