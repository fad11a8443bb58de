//! Plans written by Terraform itself (`testdata/plans/generated/`, made offline by
//! `scripts/gen-plan-fixtures.sh`): scanning a plan must give the findings that scanning its
//! configuration gives, wherever the plan knows no more than the code. The committed JSON is
//! read; Terraform is never needed here.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const GENERATED: &str = "testdata/plans/generated";

fn tfgate() -> Command {
    Command::cargo_bin("tfgate").expect("binary is built")
}

/// `tfgate check ARGS --format json`, run from `dir`: the exit code and the report.
fn check(dir: &Path, args: &[&str]) -> (i32, Value) {
    let out = tfgate()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report for {args:?}: {e}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(report["errors"], serde_json::json!([]), "{args:?}");
    (out.status.code().unwrap_or(-1), report)
}

/// Each finding as `rule resource: message`.
fn findings(report: &Value) -> BTreeSet<String> {
    let list = report["findings"].as_array().expect("findings");
    list.iter()
        .map(|f| {
            let field = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            format!(
                "{} {}: {}",
                field("rule_id"),
                field("resource"),
                field("message")
            )
        })
        .collect()
}

/// Where a plan scanned alone may differ from the configuration scan of the same code, and
/// why: the plan knows more than the code there. Each entry is (case, finding of the configuration
/// scan, the plan scan's finding instead).
///
/// A created resource's `after` holds the provider's defaults for what the code leaves out,
/// as known values: the plan says the trail *sets* `is_multi_region_trail = false` where the
/// code *does not set* it. Same rule, same resource, same verdict; the wording says where
/// the value came from.
const KNOWS_MORE: &[(&str, &str, &str)] = &[
    (
        "cloudtrail",
        "TFG-CT-001 aws_cloudtrail.plain: trail `plain` does not set `is_multi_region_trail` (default false): activity in other regions is not recorded",
        "TFG-CT-001 aws_cloudtrail.plain: trail `plain` sets `is_multi_region_trail = false`: activity in other regions is not recorded",
    ),
    (
        "cloudtrail",
        "TFG-CT-002 aws_cloudtrail.plain: trail `plain` does not set `enable_log_file_validation` (default false): tampering with delivered log files cannot be detected",
        "TFG-CT-002 aws_cloudtrail.plain: trail `plain` sets `enable_log_file_validation = false`: tampering with delivered log files cannot be detected",
    ),
    (
        "encryption",
        "TFG-ENC-022 aws_kms_key.data: `aws_kms_key.data` does not set `enable_key_rotation` (default false): the key material is never rotated",
        "TFG-ENC-022 aws_kms_key.data: `aws_kms_key.data` sets `enable_key_rotation = false`: the key material is never rotated",
    ),
];

/// Findings the configuration scan gives and a plan cannot, and why: a plan's values carry
/// no provenance. TFG-SEC-001 reports a password known before apply because the code shows
/// it comes from a variable default; in a plan every value is known, whether it came from
/// the code or from a secret store read while planning.
const KNOWS_LESS: &[(&str, &str)] = &[(
    "encryption",
    "TFG-SEC-001 aws_db_instance.app: aws_db_instance `app` sets `password` from a value known before apply (a variable default, `.tfvars` value, local, module argument or expression): the secret is in the code and in every plan and state",
)];

/// The configuration scan's findings with the justified differences applied.
fn expected_from_plan(case: &str, config: &BTreeSet<String>) -> BTreeSet<String> {
    let mut expected = config.clone();
    for (c, from_config, from_plan) in KNOWS_MORE {
        if *c == case {
            assert!(
                expected.remove(*from_config),
                "{case}: the configuration scan no longer reports `{from_config}`: update KNOWS_MORE"
            );
            expected.insert(from_plan.to_string());
        }
    }
    expected
}

#[test]
fn a_plan_scan_gives_the_configuration_scans_findings() {
    let root = Path::new(GENERATED);
    // `dynamic` knows less than its code: the plan's configuration section leaves out
    // `dynamic` blocks, so a `logging` block over an unknown collection is indistinguishable
    // from a value only the provider sets; with its directory the code says it is written.
    // Alone, that plan reports the bucket as not logging.
    let cases = [
        ("network", true),
        ("s3", true),
        ("cloudtrail", true),
        ("encryption", true),
        ("dynamic", false),
    ];
    for (case, alone) in cases {
        let (_, config) = check(root, &[case]);
        let config = findings(&config);
        assert!(!config.is_empty(), "{case}: the fixture has findings");
        // What the plan cannot know: where a value came from.
        let mut config = config;
        for (c, only_config) in KNOWS_LESS {
            if *c == case {
                assert!(
                    config.remove(*only_config),
                    "{case}: the configuration scan no longer reports `{only_config}`: update KNOWS_LESS"
                );
            }
        }
        let alone_expected = expected_from_plan(case, &config);
        let plan_path = format!("{case}/plan.json");
        // With its directory the plan keeps only what the code writes (and names and ids):
        // exactly the configuration scan's findings. Alone, see KNOWS_MORE.
        let mut runs = vec![(vec![case, plan_path.as_str()], config.clone())];
        if alone {
            runs.push((vec![plan_path.as_str()], alone_expected));
        }
        for (args, expected) in runs {
            let (_, plan) = check(root, &args);
            let plan = findings(&plan);
            let missing: Vec<_> = expected.difference(&plan).collect();
            let extra: Vec<_> = plan.difference(&expected).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{args:?}: only the configuration scan reports {missing:#?}\nonly the plan scan reports {extra:#?}"
            );
        }
    }
}

#[test]
fn computed_attributes_are_neither_present_nor_undecided() {
    // What the provider computes on a bare bucket and security group (`website`, `acl`,
    // `egress`, `logging`, `replication_configuration` in `after_unknown`).
    let root = Path::new(GENERATED);
    let (_, s3) = check(root, &["s3/plan.json"]);
    let s3 = findings(&s3);
    for absent in ["TFG-S3-015 ", "TFG-S3-016 aws_s3_bucket.bare"] {
        assert!(
            !s3.iter().any(|f| f.starts_with(absent)),
            "{absent}: {s3:#?}"
        );
    }
    for present in [
        "TFG-S3-011 aws_s3_bucket.bare: bucket `tfgate-fixture-bare` has no server access logging",
        "TFG-S3-017 aws_s3_bucket.bare: bucket `tfgate-fixture-bare` is not replicated to another region",
    ] {
        assert!(s3.contains(present), "{present}: {s3:#?}");
    }
    let (_, network) = check(root, &["network/plan.json"]);
    let network = findings(&network);
    assert!(
        !network.iter().any(|f| f.contains("egress[0]")),
        "{network:#?}"
    );
}

/// The sensitive values of `generated/sensitive/`: a sensitive variable naming a bucket,
/// a database password (sensitive in the provider's schema and as a variable) and a
/// sensitive output.
const SECRETS: &[&str] = &[
    "tfgate-secret-bucket-kx93",
    "fixture-db-password-Zq81",
    "db.internal/app-Wq55",
];

fn assert_no_secret(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for secret in SECRETS {
        assert!(!text.contains(secret), "{what} prints `{secret}`:\n{text}");
    }
}

#[test]
fn sensitive_values_are_never_printed() {
    let root = Path::new(GENERATED);
    let plan = "sensitive/plan.json";
    // The plan does hold them: otherwise this test would prove nothing.
    let text = std::fs::read_to_string(root.join(plan)).expect("fixture");
    assert!(SECRETS.iter().all(|s| text.contains(s)));
    let out = tempfile::tempdir().expect("temp dir");
    let runs: [&[&str]; 3] = [&["sensitive"], &[plan], &["sensitive", plan]];
    for paths in runs {
        for format in [
            "text",
            "json",
            "sarif",
            "junit",
            "markdown",
            "github",
            "compliance",
        ] {
            let evidence = out.path().join("evidence.json");
            let report = out.path().join("report.out");
            let run = tfgate()
                .current_dir(root)
                .args(["check", "--verbose", "--format", format])
                .args(["--report", &format!("json={}", report.display())])
                .arg("--evidence")
                .arg(&evidence)
                .args(paths)
                .output()
                .expect("runs");
            assert_eq!(run.status.code(), Some(1), "{paths:?} {format}");
            let what = format!("check {paths:?} --format {format}");
            assert_no_secret(&what, &run.stdout);
            assert_no_secret(&what, &run.stderr);
            let evidence = std::fs::read(&evidence).expect("evidence written");
            assert_no_secret(&format!("{what} --evidence"), &evidence);
            let report = std::fs::read(&report).expect("report written");
            assert_no_secret(&format!("{what} --report"), &report);
        }
        let inspect = tfgate()
            .current_dir(root)
            .arg("inspect")
            .args(paths)
            .output()
            .expect("runs");
        assert_eq!(inspect.status.code(), Some(0), "inspect {paths:?}");
        assert_no_secret(&format!("inspect {paths:?}"), &inspect.stdout);
        assert_no_secret(&format!("inspect {paths:?}"), &inspect.stderr);
    }
    // The findings are still there, with the value replaced.
    let (_, report) = check(root, &[plan]);
    assert!(
        findings(&report).contains(
            "TFG-S3-010 aws_s3_bucket.secret: bucket `(sensitive)` does not enable versioning"
        ),
        "{report}"
    );
}

/// Each finding as `change rule resource: message` (`-` without a change).
fn changes(report: &Value) -> BTreeSet<String> {
    let list = report["findings"].as_array().expect("findings");
    list.iter()
        .map(|f| {
            let field = |k: &str| f[k].as_str().unwrap_or("-").to_string();
            format!(
                "{} {} {}: {}",
                field("change"),
                field("rule_id"),
                field("resource"),
                field("message")
            )
        })
        .collect()
}

#[test]
fn a_plan_tells_weakening_from_existing_findings() {
    // Plans Terraform made over a hand-written prior state (`prior.tfstate`).
    let root = Path::new(GENERATED);
    let cases: &[(&str, &[&str])] = &[
        (
            "widen-ingress",
            &[
                "weakening TFG-NET-001 aws_security_group.admin: security group `admin` allows ingress from `0.0.0.0/0` to port 22 (SSH); this change makes it so: `ingress[0].cidr_blocks` was `[\"10.0.0.0/8\"]`, now `[\"0.0.0.0/0\"]`",
                "existing TFG-NET-004 aws_security_group.web: security group `web` allows ingress from `0.0.0.0/0` to port 80 (HTTP)",
            ],
        ),
        (
            "suspend-versioning",
            &[
                "weakening TFG-S3-010 aws_s3_bucket_versioning.data: bucket `tfgate-fixture-versioned` has versioning suspended or disabled; this change makes it so: `versioning_configuration[0].status` was `\"Enabled\"`, now `\"Suspended\"`",
                "existing TFG-S3-001 aws_s3_bucket.data: bucket `tfgate-fixture-versioned` has no aws_s3_bucket_public_access_block",
            ],
        ),
        (
            "remove-pab",
            &[
                "weakening TFG-S3-001 aws_s3_bucket.data: bucket `tfgate-fixture-pab` has no aws_s3_bucket_public_access_block; this change makes it so: delete `aws_s3_bucket_public_access_block.data`",
                "existing TFG-S3-010 aws_s3_bucket.data: bucket `tfgate-fixture-pab` does not enable versioning",
            ],
        ),
        (
            "replace-trail",
            &[
                "existing TFG-CT-003 aws_cloudtrail.main: trail `main-renamed` does not set `kms_key_id`: log files are encrypted only with S3-managed keys, so anyone who can read the bucket can read them",
            ],
        ),
        (
            "network",
            &[
                "new-resource TFG-NET-001 aws_security_group.ssh: security group `ssh` allows ingress from `0.0.0.0/0` to port 22 (SSH)",
            ],
        ),
    ];
    for (case, expected) in cases {
        let plan = format!("{case}/plan.json");
        let (_, report) = check(root, &[case, &plan]);
        let got = changes(&report);
        for e in *expected {
            assert!(got.contains(*e), "{case}: no `{e}` in {got:#?}");
        }
        // Every finding on a plan is one of the three.
        assert!(got.iter().all(|f| !f.starts_with("- ")), "{case}: {got:#?}");
    }
}

#[test]
fn new_only_fails_only_on_what_the_plan_brings() {
    let root = Path::new(GENERATED);
    let plan = "widen-ingress/plan.json";
    let status = |extra: &[&str]| {
        let mut args = vec!["widen-ingress", plan];
        args.extend_from_slice(extra);
        check(root, &args).0
    };
    // The existing HTTP exposure alone: it predates the plan.
    assert_eq!(status(&["--select", "TFG-NET-004"]), 1);
    assert_eq!(status(&["--select", "TFG-NET-004", "--new-only"]), 0);
    // The widened SSH rule is this plan's doing.
    assert_eq!(
        status(&["--select", "TFG-NET-001,TFG-NET-004", "--new-only"]),
        1
    );
    // SARIF marks which is which.
    let out = tfgate()
        .current_dir(root)
        .args(["check", "--format", "sarif", "widen-ingress", plan])
        .args(["--select", "TFG-NET-001,TFG-NET-004"])
        .output()
        .expect("runs");
    let sarif: Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    // `baselineState` and the result properties are valid SARIF 2.1.0 (the OASIS schema,
    // with the stray `]` of its `run.language` pattern escaped as tests/reports.rs does).
    let schema = std::fs::read_to_string("testdata/sarif-2.1.0.json")
        .expect("schema")
        .replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&schema).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let states: BTreeSet<(String, String)> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap_or_default().to_string(),
                r["baselineState"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        states,
        BTreeSet::from([
            ("TFG-NET-001".to_string(), "new".to_string()),
            ("TFG-NET-004".to_string(), "unchanged".to_string()),
        ])
    );
}

#[test]
fn deleting_or_replacing_a_control_is_a_finding() {
    let root = Path::new(GENERATED);
    let cases = [
        (
            "kms-deletion",
            "weakening TFG-GOV-004 aws_kms_key.data: this plan deletes the KMS key (deleting it schedules its destruction: what it encrypted becomes unreadable) `aws_kms_key.data`; Terraform's reason: `delete_because_no_resource_config` (its resource block was removed)",
        ),
        (
            "replace-trail",
            "weakening TFG-GOV-004 aws_cloudtrail.main: this plan replaces (delete, then create: the control is off in between) the CloudTrail trail `aws_cloudtrail.main`; Terraform's reason: `replace_because_cannot_update` (an argument that cannot change in place changes)",
        ),
    ];
    for (case, expected) in cases {
        let plan = format!("{case}/plan.json");
        for args in [vec![case, plan.as_str()], vec![plan.as_str()]] {
            let (code, report) = check(root, &args);
            let got = changes(&report);
            assert!(got.contains(expected), "{args:?}: {got:#?}");
            assert_eq!(code, 1, "{args:?}");
        }
        // The key kept (`aws_kms_key.logs`, no-op) is no finding of this rule.
        let (_, report) = check(root, &[case, &plan, "--select", "TFG-GOV-004"]);
        assert_eq!(changes(&report).len(), 1, "{case}: {report}");
    }
}

/// Hand-written plans: drift needs a refresh, which needs AWS.
const HANDWRITTEN: &str = "testdata/plans/handwritten";

#[test]
fn drift_that_breaks_the_baseline_fails_and_names_the_change() {
    let root = Path::new(HANDWRITTEN);
    let run = |args: &[&str]| {
        tfgate()
            .current_dir(root)
            .args(args)
            .output()
            .expect("runs")
    };
    for case in ["drift-refresh-only", "drift-acl"] {
        let out = run(&["drift", &format!("{case}/plan.json"), case]);
        assert_eq!(out.status.code(), Some(1), "{case}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(
                "changed outside Terraform: `acl` was `\"private\"`, now `\"public-read\"`"
            ),
            "{case}: {text}"
        );
    }
    let out = run(&["drift", "drift-acl/plan.json", "drift-acl"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("TFG-S3-002 bucket-public-acl: bucket `tfgate-drift-logs` has the public canned ACL \"public-read\"; changed outside Terraform: `acl` was `\"private\"`, now `\"public-read\"`"),
        "{text}"
    );
    assert!(
        text.contains("drift-acl/main.tf:9:3"),
        "located in the code: {text}"
    );
    // Only drift: the bucket's other findings held before and are not drift.
    assert!(text.contains("1 finding:"), "{text}");
    // `check` reports it too, as drift, and `--new-only` fails on it.
    let (code, report) = check(root, &["drift-acl/plan.json", "drift-acl", "--new-only"]);
    assert_eq!(code, 1);
    assert!(
        changes(&report)
            .iter()
            .any(|f| f.starts_with("drift TFG-S3-002 "))
    );

    // Drift that breaks no rule: exit 0; listed only with --verbose.
    let quiet = "aws_s3_bucket.data changed outside Terraform, breaking no rule: `tags` was `{team = \"storage\"}`, now `{owner = \"someone-else\", team = \"storage\"}`";
    let out = run(&["drift", "drift-noop/plan.json", "drift-noop"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("changed outside"));
    let out = run(&["drift", "--verbose", "drift-noop/plan.json", "drift-noop"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(quiet), "{text}");
    // A no-op plan whose findings all predate it passes --new-only (and fails without).
    assert_eq!(
        check(root, &["drift-noop/plan.json", "drift-noop", "--new-only"]).0,
        0
    );
    assert_eq!(check(root, &["drift-noop/plan.json", "drift-noop"]).0, 1);
}

#[test]
fn the_evidence_of_a_plan_run_is_the_record_of_the_change() {
    let root = Path::new(GENERATED);
    let dir = tempfile::tempdir().expect("temp dir");
    let register = dir.path().join("exceptions.toml");
    std::fs::write(
        &register,
        "[[exception]]\nrule = \"TFG-NET-001\"\nresource = \"aws_security_group.admin\"\nreason = \"Bastion during the migration\"\nticket = \"SEC-42\"\napproved-by = \"ciso@example.com\"\nexpires = 2099-01-01\n",
    )
    .expect("write register");
    let evidence = dir.path().join("evidence.json");
    let out = tfgate()
        .current_dir(root)
        .args(["check", "widen-ingress", "widen-ingress/plan.json"])
        .arg("--exceptions")
        .arg(&register)
        .arg("--evidence")
        .arg(&evidence)
        .output()
        .expect("runs");
    let record: Value =
        serde_json::from_slice(&std::fs::read(&evidence).expect("evidence")).expect("JSON");
    let plan = &record["plan"];
    assert_eq!(plan["plans"][0]["terraform_version"], "1.11.4", "{plan:#}");
    assert_eq!(record["policy"]["new_only"], false);
    let admin = plan["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["address"] == "aws_security_group.admin")
        .expect("the changed group");
    assert_eq!(admin["actions"], serde_json::json!(["update"]));
    assert!(
        admin["rules"]
            .as_array()
            .expect("rules")
            .contains(&serde_json::json!({"rule_id": "TFG-NET-001", "change": "weakening", "suppressed": true})),
        "{admin:#}"
    );
    assert_eq!(plan["weakening_findings"][0]["rule_id"], "TFG-NET-001");
    let approval = &plan["exceptions_involved"][0];
    assert_eq!(approval["approved_by"], "ciso@example.com", "{plan:#}");
    assert_eq!(approval["ticket"], "SEC-42");
    // The no-op group is no change; the drift fixture's record names its drift.
    assert!(
        !plan["changes"]
            .to_string()
            .contains("aws_security_group.web")
    );
    assert_eq!(out.status.code(), Some(1), "the other findings still fail");
    let hand = Path::new(HANDWRITTEN);
    let out = tfgate()
        .current_dir(hand)
        .args(["check", "drift-acl/plan.json", "drift-acl", "--evidence"])
        .arg(&evidence)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let record: Value =
        serde_json::from_slice(&std::fs::read(&evidence).expect("evidence")).expect("JSON");
    assert_eq!(
        record["plan"]["drift_findings"][0]["rule_id"], "TFG-S3-002",
        "{record:#}"
    );
    let replaced = record["plan"]["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .any(|c| {
            c["address"] == "aws_s3_bucket_acl.logs"
                && c["actions"] == serde_json::json!(["update"])
        });
    assert!(replaced, "{record:#}");
    // Without a plan there is no change record.
    let out = tfgate()
        .current_dir(root)
        .args(["check", "network", "--evidence"])
        .arg(&evidence)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let record: Value =
        serde_json::from_slice(&std::fs::read(&evidence).expect("evidence")).expect("JSON");
    assert_eq!(record["plan"], Value::Null);
}

#[test]
fn without_a_change_nothing_is_claimed_about_before() {
    // A refresh-only plan has planned values and no changes: its findings are neither new
    // nor existing, and --new-only still fails on them.
    let root = Path::new(HANDWRITTEN);
    let (code, report) = check(
        root,
        &[
            "drift-refresh-only/plan.json",
            "drift-refresh-only",
            "--new-only",
        ],
    );
    assert_eq!(code, 1);
    let got = changes(&report);
    assert!(
        got.iter()
            .any(|f| f.starts_with("- TFG-S3-010 aws_s3_bucket.logs:")),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|f| f.starts_with("new-resource ")),
        "{got:#?}"
    );
}

#[test]
fn summaries_count_what_the_plan_brings() {
    let out = tfgate()
        .current_dir(GENERATED)
        .args([
            "check",
            "widen-ingress",
            "widen-ingress/plan.json",
            "--new-only",
        ])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Plan: 1 weakening, 6 existing (predate the plan). With --new-only, only what the plan brings fails the run."),
        "{text}"
    );
    let out = tfgate()
        .current_dir(HANDWRITTEN)
        .args(["check", "drift-noop/plan.json", "drift-noop", "--new-only"])
        .args(["--format", "markdown"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.starts_with("## tfgate: ✅ this plan weakens nothing (its findings predate it)"),
        "{md}"
    );
}

#[test]
fn inspect_hides_short_sensitive_values_of_a_plan() {
    // Text scrubbing leaves values under three characters alone; `inspect` hides what the
    // plan marks sensitive by its place, whatever its length.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("plan.json"),
        r#"{"format_version": "1.2", "resource_changes": [{"address": "aws_db_instance.a",
        "mode": "managed", "type": "aws_db_instance", "name": "a",
        "change": {"actions": ["create"], "after": {"password": "q7", "tags": {"k": "z9", "open": "yes"}},
        "after_unknown": {}, "after_sensitive": {"password": true, "tags": {"k": true}}}}]}"#,
    )
    .expect("write plan");
    let out = tfgate()
        .current_dir(dir.path())
        .args(["inspect", "plan.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let values = &doc["instances"][0]["values"];
    assert_eq!(values["password"], "(sensitive)", "{values:#}");
    assert_eq!(values["tags"]["k"], "(sensitive)", "{values:#}");
    assert_eq!(values["tags"]["open"], "yes", "{values:#}");
}
