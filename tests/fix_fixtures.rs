//! Fix fixtures: `testdata/fixes/<rule id>/` holds a project whose files, after
//! `tfgate check --fix --unsafe-fixes`, must read exactly as their `<file>.fixed` twins (files
//! without a twin must not change). The fixed project must load without errors, the rule's
//! fixable findings must be gone, and nothing new may appear (convergence). `--diff` on a
//! fresh copy must `git apply` to the same text. Every fixable rule has a fixture.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt as _;
use serde_json::Value;
use tfgate::rules::RULES;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/fixes");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("testdata/fixes exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Copies the fixture's inputs (not the `.fixed` twins) into a new temporary directory.
fn copy_inputs(dir: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(dir)
        .expect("fixture dir")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.is_file() && path.extension().is_none_or(|e| e != "fixed") {
            std::fs::copy(&path, tmp.path().join(entry.file_name())).expect("copy");
        }
    }
    tmp
}

/// Runs `tfgate check --format json` with extra arguments in `dir`; returns the report.
fn check_json(dir: &Path, extra: &[&str]) -> Value {
    let out = Command::cargo_bin("tfgate")
        .expect("binary")
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(extra)
        .arg(".")
        .output()
        .expect("runs");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "JSON report in {}: {e}\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A finding by rule, resource and path.
type Key = (String, String, String);

/// (rule, resource, path) of every finding, and those with an applicable fix.
fn keys(report: &Value) -> (BTreeSet<Key>, BTreeSet<Key>) {
    let mut all = BTreeSet::new();
    let mut fixable = BTreeSet::new();
    for f in report["findings"].as_array().expect("findings") {
        // A finding is one rule at one location; each of its instances counts here.
        let instances = f["instances"].as_array().map_or(&[][..], Vec::as_slice);
        for inst in instances {
            let key = (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                inst["resource"].as_str().unwrap_or_default().to_string(),
                inst["path"].as_str().unwrap_or_default().to_string(),
            );
            let applicable = f["fix"]["applicability"]
                .as_str()
                .is_some_and(|a| a != "display-only");
            if applicable {
                fixable.insert(key.clone());
            }
            all.insert(key);
        }
    }
    (all, fixable)
}

fn check_fixture(dir: &Path) -> Vec<String> {
    let rule = dir
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    let mut problems = Vec::new();
    let work = copy_inputs(dir);
    let before = check_json(work.path(), &[]);
    let (before_all, before_fixable) = keys(&before);
    if !before_fixable.iter().any(|(r, _, _)| *r == rule) {
        problems.push(format!(
            "{rule}: no finding of the rule with an applicable fix"
        ));
    }
    let after = check_json(work.path(), &["--fix", "--unsafe-fixes"]);
    if after["errors"].as_array().is_some_and(|e| !e.is_empty()) {
        problems.push(format!(
            "{rule}: fixed project has errors: {}",
            after["errors"]
        ));
    }
    let (after_all, _) = keys(&after);
    // Nothing new: per rule, no more findings than before. (A finding may move: a bucket's
    // TFG-S3-013 moves from the bucket to the encryption configuration the fix adds for it.)
    let per_rule = |keys: &BTreeSet<Key>| {
        let mut counts = std::collections::BTreeMap::<String, usize>::new();
        for (r, _, _) in keys {
            *counts.entry(r.clone()).or_default() += 1;
        }
        counts
    };
    let (before_counts, after_counts) = (per_rule(&before_all), per_rule(&after_all));
    for (r, n) in &after_counts {
        let had = before_counts.get(r).copied().unwrap_or(0);
        if *n > had && !REVEALED.contains(&r.as_str()) {
            let new: Vec<_> = after_all
                .difference(&before_all)
                .filter(|k| &k.0 == r)
                .collect();
            problems.push(format!(
                "{rule}: {r} has {n} finding(s) after fixing, {had} before: {new:?}"
            ));
        }
    }
    for fixed in &before_fixable {
        if after_all.contains(fixed) {
            problems.push(format!("{rule}: fixable finding remains: {fixed:?}"));
        }
    }
    // Re-checking from disk gives the same as the report after fixing.
    let again = check_json(work.path(), &[]);
    if keys(&again).0 != after_all {
        problems.push(format!(
            "{rule}: re-check from disk differs from the report after --fix"
        ));
    }
    let expected_texts = expected(dir);
    for (name, want) in &expected_texts {
        let got = std::fs::read_to_string(work.path().join(name)).unwrap_or_default();
        if &got != want {
            problems.push(format!(
                "{rule}: {name} differs from {name}.fixed:\n{}",
                similar::TextDiff::from_lines(want.as_str(), got.as_str())
                    .unified_diff()
                    .header("expected", "got")
            ));
        }
    }
    // `--diff` on a fresh copy, applied with git, gives the same text.
    let fresh = copy_inputs(dir);
    let diff = Command::cargo_bin("tfgate")
        .expect("binary")
        .current_dir(fresh.path())
        .args(["check", "--diff", "--unsafe-fixes", "."])
        .output()
        .expect("runs");
    let patch = fresh.path().join("fix.patch");
    std::fs::write(&patch, &diff.stdout).expect("write patch");
    let applied = Command::new("git")
        .current_dir(fresh.path())
        .args(["apply", "--unsafe-paths", "fix.patch"])
        .output()
        .expect("git runs");
    if !applied.status.success() {
        problems.push(format!(
            "{rule}: git apply failed: {}\n{}",
            String::from_utf8_lossy(&applied.stderr),
            String::from_utf8_lossy(&diff.stdout)
        ));
    }
    for (name, want) in &expected_texts {
        let got = std::fs::read_to_string(fresh.path().join(name)).unwrap_or_default();
        if &got != want {
            problems.push(format!(
                "{rule}: {name} after git apply differs from {name}.fixed"
            ));
        }
    }
    problems
}

/// Every input file's expected text: its `.fixed` twin, or itself when it has none.
fn expected(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)
        .expect("fixture dir")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if !path.is_file() || name.ends_with(".fixed") {
            continue;
        }
        let twin = dir.join(format!("{name}.fixed"));
        let text = std::fs::read_to_string(if twin.exists() { &twin } else { &path })
            .expect("fixture text");
        out.push((name, text));
    }
    out.sort();
    out
}

/// Rules that judge a resource only once another setting is on, so a fix that turns that
/// setting on may reveal their findings: MFA delete (TFG-S3-014) is judged only on versioned
/// buckets, and the versioning fix versions them.
const REVEALED: &[&str] = &["TFG-S3-014"];

#[test]
fn every_fix_fixture_converges() {
    let mut problems = Vec::new();
    for dir in fixtures() {
        problems.extend(check_fixture(&dir));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_fixable_rule_has_a_fixture_and_only_those() {
    let dirs: BTreeSet<String> = fixtures()
        .iter()
        .map(|d| {
            d.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string()
        })
        .collect();
    for rule in RULES {
        assert_eq!(
            rule.fixable,
            dirs.contains(rule.id),
            "{}: fixable is {} but testdata/fixes/{} {}",
            rule.id,
            rule.fixable,
            rule.id,
            if dirs.contains(rule.id) {
                "exists"
            } else {
                "is missing"
            }
        );
    }
    for d in &dirs {
        assert!(
            RULES.iter().any(|r| r.id == d),
            "testdata/fixes/{d} names no rule"
        );
    }
}

/// A module that declares a companion behind `count` gets no second one (display-only, the
/// module's inputs are the fix); a taken name gets a suffix.
#[test]
fn companions_respect_what_the_module_declares() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, text).expect("write");
    };
    write(
        "main.tf",
        "module \"store\" {\n  source     = \"./store\"\n  versioning = false\n}\n\nresource \"aws_s3_bucket\" \"data\" {\n  bucket = \"data\"\n}\n\nresource \"aws_s3_bucket\" \"other\" {\n  bucket = \"other\"\n}\n\n# Named like the data bucket, but versions the other one.\nresource \"aws_s3_bucket_versioning\" \"data\" {\n  bucket = aws_s3_bucket.other.id\n\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\n",
    );
    write(
        "store/main.tf",
        "variable \"versioning\" {\n  type = bool\n}\n\nresource \"aws_s3_bucket\" \"this\" {\n  bucket = \"store\"\n}\n\nresource \"aws_s3_bucket_versioning\" \"this\" {\n  count  = var.versioning ? 1 : 0\n  bucket = aws_s3_bucket.this.id\n\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\n",
    );
    let report = check_json(dir.path(), &["--select", "TFG-S3-010"]);
    let fix_of = |resource: &str| {
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["resource"] == resource)
            .map(|f| f["fix"].clone())
            .unwrap_or_else(|| panic!("finding on {resource}: {report}"))
    };
    let module_fix = fix_of("module.store.aws_s3_bucket.this");
    assert_eq!(module_fix["applicability"], "display-only", "{module_fix}");
    assert!(
        module_fix["note"]
            .as_str()
            .is_some_and(|n| n.contains("aws_s3_bucket_versioning.this"))
    );
    let root_fix = fix_of("aws_s3_bucket.data");
    let text = root_fix["edits"][0]["replacement"]
        .as_str()
        .expect("an edit");
    assert!(
        text.contains("resource \"aws_s3_bucket_versioning\" \"data_2\""),
        "{text}"
    );
    // Applied, the project loads (no duplicate resource) and the finding is gone.
    let after = check_json(dir.path(), &["--select", "TFG-S3-010", "--fix"]);
    assert!(
        after["errors"].as_array().expect("errors").is_empty(),
        "{after}"
    );
    assert!(
        !after.to_string().contains("\"aws_s3_bucket.data\""),
        "{after}"
    );
}

/// The fix of the finding of `rule` on `resource` in a JSON report.
fn fix_on(report: &Value, rule: &str, resource: &str) -> Value {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule_id"] == rule && f["resource"] == resource)
        .map(|f| f["fix"].clone())
        .unwrap_or_else(|| panic!("a {rule} finding on {resource}: {report}"))
}

/// A companion resource is never added where the provider would reject it: beside the same
/// setting written inline (or as a `dynamic` block), or where the AWS provider constraint
/// stops below the version that has the resource type (the split S3 resources exist from
/// 4.0). There the fix is display-only and says why; elsewhere it is applied.
#[test]
fn companions_never_produce_configuration_the_provider_rejects() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, text).expect("write");
    };
    write(
        "current/main.tf",
        "terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n}\n\nresource \"aws_s3_bucket\" \"dynamic_versioning\" {\n  bucket = \"dynamic-versioning\"\n\n  dynamic \"versioning\" {\n    for_each = []\n    content {\n      enabled = true\n    }\n  }\n\n  dynamic \"server_side_encryption_configuration\" {\n    for_each = []\n    content {\n      rule {\n        apply_server_side_encryption_by_default {\n          sse_algorithm = \"AES256\"\n        }\n      }\n    }\n  }\n}\n\nresource \"aws_s3_bucket\" \"plain\" {\n  bucket = \"plain\"\n}\n",
    );
    write(
        "legacy/main.tf",
        "terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 3.0\"\n    }\n  }\n}\n\nresource \"aws_s3_bucket\" \"old\" {\n  bucket = \"old\"\n}\n",
    );
    write(
        "pinned/main.tf",
        "provider \"aws\" {\n  region  = \"eu-west-1\"\n  version = \"2.46.0\"\n}\n\nresource \"aws_s3_bucket\" \"older\" {\n  bucket = \"older\"\n}\n",
    );
    let select = ["--select", "TFG-S3-010,TFG-S3-012,TFG-S3-001"];
    let report = check_json(dir.path(), &select);
    for (rule, resource, why) in [
        (
            "TFG-S3-010",
            "aws_s3_bucket.dynamic_versioning",
            "`versioning` inline",
        ),
        (
            "TFG-S3-012",
            "aws_s3_bucket.dynamic_versioning",
            "`server_side_encryption_configuration` inline",
        ),
        ("TFG-S3-010", "aws_s3_bucket.old", "`~> 3.0`"),
        ("TFG-S3-012", "aws_s3_bucket.old", "`~> 3.0`"),
        ("TFG-S3-010", "aws_s3_bucket.older", "`2.46.0`"),
        ("TFG-S3-012", "aws_s3_bucket.older", "`2.46.0`"),
    ] {
        let fix = fix_on(&report, rule, resource);
        assert_eq!(
            fix["applicability"], "display-only",
            "{rule} {resource}: {fix}"
        );
        assert!(
            fix["note"].as_str().is_some_and(|n| n.contains(why)),
            "{rule} {resource}: the note should name {why}: {fix}"
        );
    }
    // Where the provider has the resource and nothing is inline, companions are added; the
    // public access block exists in every provider version these constraints admit.
    for (rule, resource) in [
        ("TFG-S3-010", "aws_s3_bucket.plain"),
        ("TFG-S3-012", "aws_s3_bucket.plain"),
        ("TFG-S3-001", "aws_s3_bucket.old"),
        ("TFG-S3-001", "aws_s3_bucket.older"),
    ] {
        let fix = fix_on(&report, rule, resource);
        assert_ne!(
            fix["applicability"], "display-only",
            "{rule} {resource}: {fix}"
        );
    }
    // Applied, nothing is added beside the dynamic blocks or to the old providers' roots.
    let after = check_json(dir.path(), &[&select[..], &["--fix"]].concat());
    assert!(
        after["errors"].as_array().expect("errors").is_empty(),
        "{after}"
    );
    let current = std::fs::read_to_string(dir.path().join("current/main.tf")).expect("read");
    assert_eq!(
        current
            .matches("resource \"aws_s3_bucket_versioning\"")
            .count(),
        1,
        "{current}"
    );
    for old in ["legacy/main.tf", "pinned/main.tf"] {
        let text = std::fs::read_to_string(dir.path().join(old)).expect("read");
        assert!(!text.contains("aws_s3_bucket_versioning"), "{text}");
        assert!(
            !text.contains("aws_s3_bucket_server_side_encryption"),
            "{text}"
        );
        assert!(text.contains("aws_s3_bucket_public_access_block"), "{text}");
    }
}

/// Disabling ACLs (`BucketOwnerEnforced`) on a bucket that keeps an ACL beyond the owner's
/// would fail to apply (AWS rejects that ACL once ACLs are disabled): the fix is shown, not
/// applied, and a configuration with both is itself a finding.
#[test]
fn ownership_fix_is_never_applied_where_aws_would_reject_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n\nresource \"aws_s3_bucket_ownership_controls\" \"logs\" {\n  bucket = aws_s3_bucket.logs.id\n\n  rule {\n    object_ownership = \"ObjectWriter\"\n  }\n}\n\nresource \"aws_s3_bucket_acl\" \"logs\" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = \"log-delivery-write\"\n}\n";
    std::fs::write(dir.path().join("main.tf"), main).expect("write");
    let select = ["--select", "TFG-S3-016"];
    let report = check_json(dir.path(), &select);
    let fix = fix_on(
        &report,
        "TFG-S3-016",
        "aws_s3_bucket_ownership_controls.logs",
    );
    assert_eq!(fix["applicability"], "display-only", "{fix}");
    assert!(
        fix["note"]
            .as_str()
            .is_some_and(|n| n.contains("log-delivery-write")),
        "{fix}"
    );
    check_json(
        dir.path(),
        &[&select[..], &["--fix", "--unsafe-fixes"]].concat(),
    );
    let text = std::fs::read_to_string(dir.path().join("main.tf")).expect("read");
    assert_eq!(text, main, "the file must not change");
    // Written by hand, the combination is reported where the ACL is set.
    let both = main.replace("ObjectWriter", "BucketOwnerEnforced");
    std::fs::write(dir.path().join("main.tf"), &both).expect("write");
    let report = check_json(dir.path(), &select);
    let findings = report["findings"].as_array().expect("findings");
    assert!(
        findings
            .iter()
            .any(|f| f["resource"] == "aws_s3_bucket_acl.logs"
                && f["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("AccessControlListNotSupported"))),
        "{report}"
    );
}
