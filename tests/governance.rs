//! Change control end to end: suppression comments in every placement and syntax, expiry
//! with an injected date, the governance findings, the baseline round trip, the exceptions
//! register, configuration precedence, evidence and the compliance view.

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt as _;
use serde_json::Value;

fn tfgate(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::cargo_bin("tfgate")
        .expect("binary")
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .args(args)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn json(dir: &Path, extra: &[&str]) -> (Value, i32) {
    let mut args = vec!["check", "--format", "json"];
    args.extend(extra);
    args.push(".");
    let (stdout, stderr, code) = tfgate(dir, &args);
    let v = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}\n{stderr}"));
    (v, code)
}

fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("dirs");
        }
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// (rule, resource) → suppression kind (`None`: active), for every finding.
fn states(report: &Value) -> Vec<(String, String, Option<String>)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["resource"].as_str().unwrap_or_default().to_string(),
                f["suppressed"]["kind"].as_str().map(String::from),
            )
        })
        .collect()
}

fn state_of(report: &Value, rule: &str, resource: &str) -> Option<Option<String>> {
    states(report)
        .into_iter()
        .find(|(r, res, _)| r == rule && res == resource)
        .map(|(_, _, s)| s)
}

const PLACEMENTS: &str = r#"
resource "aws_kms_key" "same_line" {
  enable_key_rotation = false # tfgate:ignore TFG-ENC-022 -- rotated by the HSM team
}

resource "aws_kms_key" "line_above_attribute" {
  # tfgate:ignore kms-key-rotation-disabled -- rotated by the HSM team
  enable_key_rotation = false
}

# tfgate:ignore CKV_AWS_7 -- the whole block, by a Checkov alias
resource "aws_kms_key" "line_above_block" {
  description = "x"
}

resource "aws_kms_key" "not_suppressed" {
  enable_key_rotation = false
}

resource "aws_cloudtrail" "nested" {
  name                       = "t"
  s3_bucket_name             = "b"
  is_multi_region_trail      = true
  enable_log_file_validation = true

  # tfgate:ignore TFG-CT-009 -- data events only, by design
  event_selector {
    read_write_type           = "All"
    include_management_events = false
  }
}

# tfgate:ignore TFG-ENC-001 -- scratch volumes of the build farm
module "farm" {
  source = "./farm"
}
"#;

const FARM: &str = r#"
resource "aws_ebs_volume" "a" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_ebs_volume" "b" {
  availability_zone = "eu-west-1a"
  size              = 10
}
"#;

#[test]
fn every_placement_suppresses_what_it_covers() {
    let dir = project(&[("main.tf", PLACEMENTS), ("farm/main.tf", FARM)]);
    let (report, code) = json(dir.path(), &[]);
    let inline = Some(Some("inline".to_string()));
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.same_line"),
        inline
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.line_above_attribute"),
        inline
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.line_above_block"),
        inline
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.not_suppressed"),
        Some(None)
    );
    assert_eq!(
        state_of(&report, "TFG-CT-009", "aws_cloudtrail.nested"),
        inline
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-001", "module.farm.aws_ebs_volume.a"),
        inline
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-001", "module.farm.aws_ebs_volume.b"),
        inline
    );
    // The module comment names only TFG-ENC-001: the volumes' other findings stay.
    assert_eq!(
        state_of(&report, "TFG-ENC-002", "module.farm.aws_ebs_volume.a"),
        Some(None)
    );
    assert_eq!(code, 1, "not_suppressed still fails the run");
    let suppressed = &report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["resource"] == "aws_kms_key.same_line")
        .expect("finding")["suppressed"];
    assert_eq!(suppressed["reason"], "rotated by the HSM team");
    assert_eq!(suppressed["source"], "main.tf:3");
    assert_eq!(report["summary"]["suppressed"].as_u64(), Some(6));
    assert!(
        !states(&report)
            .iter()
            .any(|(r, _, _)| r.starts_with("TFG-GOV")),
        "every suppression is used, with a reason: {:?}",
        states(&report)
    );
}

#[test]
fn foreign_syntaxes_are_honoured_through_aliases() {
    let dir = project(&[(
        "main.tf",
        r#"
#tfsec:ignore:aws-kms-auto-rotate-keys -- migrating from tfsec
resource "aws_kms_key" "tfsec" {
  description = "x"
  policy      = "{}"
}

# trivy:ignore:AVD-AWS-0065 -- migrating from Trivy
resource "aws_kms_key" "trivy" {
  description = "x"
  policy      = "{}"
}

resource "aws_kms_key" "checkov" {
  #checkov:skip=CKV_AWS_7:Migrating from Checkov
  description = "x"
  policy      = "{}"
}
"#,
    )]);
    let (report, code) = json(dir.path(), &[]);
    for (resource, kind) in [
        ("tfsec", "tfsec"),
        ("trivy", "trivy"),
        ("checkov", "checkov"),
    ] {
        assert_eq!(
            state_of(&report, "TFG-ENC-022", &format!("aws_kms_key.{resource}")),
            Some(Some(kind.to_string())),
            "{resource}"
        );
    }
    assert_eq!(code, 0, "{:?}", states(&report));
}

/// A repository migrating from the peers: their comments are honoured where they name a
/// tfgate rule, and the ones that cannot give a reason (tfsec/Trivy syntax) or name checks
/// tfgate does not have are one note, not a finding each. Before: one "no reason" finding
/// per comment, and `checkov:skip=ID   reason` was read as the id `ID   reason`.
#[test]
fn foreign_suppressions_to_migrate_are_one_note() {
    let dir = project(&[(
        "main.tf",
        r#"
#tfsec:ignore:aws-kms-auto-rotate-keys
resource "aws_kms_key" "tfsec" {
  description = "x"
}

#trivy:ignore:AVD-AWS-9999
resource "aws_kms_key" "trivy_unknown" {
  enable_key_rotation = true
}

resource "aws_kms_key" "checkov_blanks" {
  # checkov:skip=CKV_AWS_7   rotated by the HSM team
  #checkov:skip=CKV_AWS_999:not a check of tfgate
  description = "x"
}

resource "aws_kms_key" "checkov_no_reason" {
  #checkov:skip=CKV_AWS_7
  description = "x"
}

#trivy:ignore:AVD-AWS-0065 -- rotation was off once
resource "aws_kms_key" "trivy_unused" {
  enable_key_rotation = true
}
"#,
    )]);
    let (report, _) = json(dir.path(), &[]);
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.tfsec"),
        Some(Some("tfsec".into()))
    );
    let blanks = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["resource"] == "aws_kms_key.checkov_blanks")
        .expect("the checkov_blanks finding");
    assert_eq!(blanks["suppressed"]["kind"], "checkov", "{blanks}");
    assert_eq!(
        blanks["suppressed"]["reason"], "rotated by the HSM team",
        "{blanks}"
    );
    // Only Checkov's own syntax, which has a reason field, still owes one.
    let governance: Vec<(String, u64)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["rule_id"]
                .as_str()
                .is_some_and(|r| r.starts_with("TFG-GOV"))
        })
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["location"]["start_line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(governance, [("TFG-GOV-001".to_string(), 19)], "{report}");
    assert_eq!(
        report["summary"]["governance"]["foreign_suppressions"],
        serde_json::json!({ "without_reason": 1, "unknown_checks": 2, "unused": 1 })
    );
    let (text, _, _) = tfgate(dir.path(), &["check", "."]);
    let (md, _, _) = tfgate(dir.path(), &["check", "--format", "markdown", "."]);
    assert!(
        md.lines()
            .any(|l| l.starts_with("Note: 1 tfsec/Trivy suppression gives no reason")),
        "{md}"
    );
    let notes: Vec<&str> = text.lines().filter(|l| l.starts_with("Note: ")).collect();
    assert_eq!(
        notes,
        [
            "Note: 1 tfsec/Trivy suppression gives no reason (their syntax has no place for one; honoured all the same); 2 foreign suppressions name peer checks tfgate does not implement (they suppress nothing here); 1 foreign suppression suppresses nothing here (the rule it names passes; remove it or migrate). The first is at main.tf:2. To migrate, write `# tfgate:ignore <rule> -- <reason>` (`tfgate explain <peer id>` names the rule)."
        ],
        "{text}"
    );
}

/// A governance finding is about a comment: the text report printed an empty
/// `= resource:` line under it, and Markdown an empty code span.
#[test]
fn governance_findings_show_no_empty_resource() {
    let dir = project(&[(
        "main.tf",
        "# tfgate:ignore TFG-ENC-022\nresource \"aws_kms_key\" \"k\" {\n  description = \"k\"\n}\n",
    )]);
    let (text, _, _) = tfgate(dir.path(), &["check", "."]);
    assert!(
        text.contains("TFG-GOV-001 suppression-without-reason"),
        "{text}"
    );
    assert!(
        text.lines().all(|l| !l.trim_end().ends_with("= resource:")),
        "{text}"
    );
    let (md, _, _) = tfgate(dir.path(), &["check", "--format", "markdown", "."]);
    let row = md
        .lines()
        .find(|l| l.contains("suppression-without-reason"))
        .expect("a row for the governance finding");
    assert!(row.contains("` | - | `main.tf:1` |"), "{row}");
}

/// A `checkov:skip` comment covers only the resource block it sits in, in its own file.
#[test]
fn checkov_skips_stay_inside_their_block() {
    let block = |name: &str, skip: bool| {
        let comment = if skip {
            "  #checkov:skip=CKV_AWS_7:rotated elsewhere\n"
        } else {
            ""
        };
        format!("resource \"aws_kms_key\" \"{name}\" {{\n{comment}  description = \"x\"\n}}\n\n")
    };
    let a = [block("a1", false), block("a2", true), block("a3", false)].concat();
    let b = [block("b1", true), block("b2", false)].concat();
    let dir = project(&[("a.tf", a.as_str()), ("b.tf", b.as_str())]);
    let (report, _) = json(dir.path(), &[]);
    for (resource, skipped) in [
        ("a1", false),
        ("a2", true),
        ("a3", false),
        ("b1", true),
        ("b2", false),
    ] {
        assert_eq!(
            state_of(&report, "TFG-ENC-022", &format!("aws_kms_key.{resource}")),
            Some(skipped.then(|| "checkov".to_string())),
            "{resource}"
        );
    }
}

#[test]
fn expiry_is_judged_against_the_injected_date() {
    let dir = project(&[(
        "main.tf",
        r#"
# tfgate:ignore TFG-ENC-022 until 2026-06-30 -- key replaced in Q2
resource "aws_kms_key" "k" {
  description = "x"
  policy      = "{}"
}

#tfsec:ignore:aws-kms-auto-rotate-keys:exp:2026-06-30 -- same, in tfsec's syntax
resource "aws_kms_key" "t" {
  description = "x"
  policy      = "{}"
}
"#,
    )]);
    let (before, code) = json(dir.path(), &["--today", "2026-06-30"]);
    assert_eq!(code, 0);
    assert_eq!(
        state_of(&before, "TFG-ENC-022", "aws_kms_key.k"),
        Some(Some("inline".into()))
    );
    assert_eq!(
        state_of(&before, "TFG-ENC-022", "aws_kms_key.t"),
        Some(Some("tfsec".into()))
    );
    let (after, code) = json(dir.path(), &["--today", "2026-07-01"]);
    assert_eq!(code, 1);
    for r in ["aws_kms_key.k", "aws_kms_key.t"] {
        assert_eq!(state_of(&after, "TFG-ENC-022", r), Some(None), "{r}");
    }
    let message = after["findings"][0]["message"].as_str().expect("message");
    assert!(message.contains("expired on 2026-06-30"), "{message}");
}

#[test]
fn stale_and_undocumented_suppressions_are_findings() {
    let dir = project(&[(
        "main.tf",
        r#"
# tfgate:ignore TFG-ENC-022
resource "aws_kms_key" "no_reason" {
  description = "x"
}

# tfgate:ignore TFG-ENC-0022 -- typo
resource "aws_kms_key" "typo" {
  enable_key_rotation = true
}

# tfgate:ignore TFG-ENC-022 -- nothing to suppress any more
resource "aws_kms_key" "unused" {
  enable_key_rotation = true
}
"#,
    )]);
    let (report, code) = json(dir.path(), &[]);
    let gov: Vec<String> = states(&report)
        .into_iter()
        .filter(|(r, _, _)| r.starts_with("TFG-GOV"))
        .map(|(r, _, _)| r)
        .collect();
    assert_eq!(gov, ["TFG-GOV-001", "TFG-GOV-002", "TFG-GOV-003"]);
    assert_eq!(code, 1, "governance findings are low findings");
    let (_, code) = json(dir.path(), &["--fail-on", "medium"]);
    assert_eq!(code, 0, "and pass a medium threshold");
}

const BUCKETS: &str = r#"
resource "aws_kms_key" "a" {
  description = "a"
  policy      = "{}"
}
"#;

#[test]
fn baseline_round_trip() {
    let dir = project(&[("main.tf", BUCKETS)]);
    let (_, stderr, code) = tfgate(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "."],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("Recorded 1 finding in the baseline"),
        "{stderr}"
    );
    let (report, code) = json(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(code, 0);
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.a"),
        Some(Some("baseline".into()))
    );
    // Accepted findings are counted on every run, listed only with --verbose.
    let (text, _, _) = tfgate(dir.path(), &["check", "--baseline", "baseline.json", "."]);
    assert!(
        text.contains("1 finding accepted in the baseline baseline.json (--verbose lists them).\n"),
        "{text}"
    );
    assert!(
        !text.contains("Suppressed (documented deviations)"),
        "{text}"
    );
    let (text, _, _) = tfgate(
        dir.path(),
        &["check", "--verbose", "--baseline", "baseline.json", "."],
    );
    assert!(
        text.contains("Suppressed (documented deviations):\n  TFG-ENC-022"),
        "{text}"
    );
    assert!(
        !text.contains("accepted in the baseline baseline.json"),
        "{text}"
    );
    // Lines shift: comments and blank lines above, the resource moved to another file.
    std::fs::write(dir.path().join("main.tf"), "# moved\n\n\n").expect("write");
    std::fs::write(dir.path().join("keys.tf"), format!("# keys\n\n{BUCKETS}")).expect("write");
    let (_, code) = json(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(code, 0, "matching does not depend on lines or files");
    // A new insecure resource: only it fails.
    std::fs::write(
        dir.path().join("new.tf"),
        "resource \"aws_kms_key\" \"b\" {\n  description = \"b\"\n  policy      = \"{}\"\n}\n",
    )
    .expect("write");
    let (report, code) = json(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(code, 1);
    let active: Vec<_> = states(&report)
        .into_iter()
        .filter(|(_, _, s)| s.is_none())
        .collect();
    assert_eq!(
        active,
        [("TFG-ENC-022".to_string(), "aws_kms_key.b".to_string(), None)]
    );
    // Fixing the accepted one leaves a stale entry, reported so the baseline shrinks.
    std::fs::write(
        dir.path().join("keys.tf"),
        "resource \"aws_kms_key\" \"a\" {\n  enable_key_rotation = true\n  policy              = \"{}\"\n}\n",
    )
    .expect("write");
    let (report, _) = json(dir.path(), &["--baseline", "baseline.json"]);
    let stale = &report["summary"]["governance"]["stale_baseline_entries"];
    assert_eq!(stale[0]["resource"], "aws_kms_key.a", "{stale}");
    let (text, _, _) = tfgate(dir.path(), &["check", "--baseline", "baseline.json", "."]);
    assert!(
        text.contains("1 baseline entry matches no finding any more"),
        "{text}"
    );
}

const REGISTER: &str = r#"
[[exception]]
rule = "TFG-ENC-022"
resource = "aws_kms_key.legacy_*"
reason = "Keys imported from the HSM, rotated there"
ticket = "SEC-101"
approved-by = "ciso@example.com"
expires = 2026-12-15

[[exception]]
rule = "kms-key-rotation-disabled"
resource = "aws_kms_key.old"
reason = "Decommissioned in Q3"
ticket = "SEC-77"
approved-by = "ciso@example.com"
expires = 2026-09-30
"#;

#[test]
fn exceptions_register_with_valid_and_expired_entries() {
    let keys = "resource \"aws_kms_key\" \"legacy_a\" {}\nresource \"aws_kms_key\" \"legacy_b\" {}\nresource \"aws_kms_key\" \"old\" {}\n";
    let dir = project(&[("main.tf", keys), (".tfgate-exceptions.toml", REGISTER)]);
    let (report, code) = json(dir.path(), &["--today", "2026-11-22"]);
    assert_eq!(
        code, 1,
        "the expired entry no longer excepts aws_kms_key.old"
    );
    let excepted = Some(Some("exception".to_string()));
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.legacy_a"),
        excepted
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.legacy_b"),
        excepted
    );
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.old"),
        Some(None)
    );
    let legacy = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["resource"] == "aws_kms_key.legacy_a")
        .expect("finding");
    assert_eq!(legacy["suppressed"]["approved_by"], "ciso@example.com");
    assert_eq!(legacy["suppressed"]["ticket"], "SEC-101");
    assert_eq!(legacy["suppressed"]["expires"], "2026-12-15");
    let entries = &report["summary"]["governance"]["exceptions"]["entries"];
    assert_eq!(entries[0]["findings_excepted"], 2);
    assert_eq!(entries[1]["expired"], true);
    let (text, _, _) = tfgate(dir.path(), &["check", "--today", "2026-11-22", "."]);
    assert!(
        text.contains("exception 1 (TFG-ENC-022 aws_kms_key.legacy_*) expires in 23 days"),
        "{text}"
    );
    assert!(
        text.contains(
            "exception 2 (kms-key-rotation-disabled aws_kms_key.old) expired on 2026-09-30"
        ),
        "{text}"
    );
    // A register entry without its approver is an error naming the file and the entry.
    std::fs::write(
        dir.path().join(".tfgate-exceptions.toml"),
        "[[exception]]\nrule = \"TFG-ENC-022\"\nresource = \"*\"\nreason = \"r\"\nticket = \"t\"\nexpires = 2027-01-01\n",
    )
    .expect("write");
    let (report, code) = json(dir.path(), &[]);
    assert_eq!(code, 2);
    let err = &report["errors"][0];
    assert_eq!(err["file"], ".tfgate-exceptions.toml");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("approved-by"),
        "{err}"
    );
}

#[test]
fn configuration_and_flag_precedence() {
    let dir = project(&[
        // Medium and low findings only.
        (
            "main.tf",
            "resource \"aws_kms_key\" \"k\" {\n  policy = \"{}\"\n}\n",
        ),
        (
            ".tfgate.toml",
            "fail-on = \"high\"\nignore = [\"TFG-ENC-024\"]\n\n[severity]\nkms-key-rotation-disabled = \"low\"\n",
        ),
    ]);
    let (report, code) = json(dir.path(), &[]);
    assert_eq!(code, 0, "fail-on = high from the file");
    assert_eq!(
        report["findings"][0]["severity"], "low",
        "severity override"
    );
    assert_eq!(report["summary"]["governance"]["fail_on"], "high");
    let (_, code) = json(dir.path(), &["--fail-on", "low"]);
    assert_eq!(code, 1, "the flag wins over the file");
    let (report, code) = json(dir.path(), &["--ignore", "TFG-ENC-022", "--fail-on", "low"]);
    assert_eq!(code, 0, "{:?}", states(&report));
    let (report, _) = json(dir.path(), &["--select", "s3"]);
    assert!(states(&report).is_empty(), "only S3 rules ran");
    // Unknown keys are errors naming the key, the file and the line; the run fails closed.
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "fail-on = \"high\"\nfial-on = \"low\"\n",
    )
    .expect("write");
    let (report, code) = json(dir.path(), &[]);
    assert_eq!(code, 2);
    let err = &report["errors"][0];
    assert_eq!(err["line"], 2);
    assert!(
        err["file"]
            .as_str()
            .unwrap_or_default()
            .ends_with(".tfgate.toml"),
        "{err}"
    );
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("fial-on"),
        "{err}"
    );
    // --config points elsewhere.
    std::fs::write(dir.path().join("strict.toml"), "fail-on = \"low\"\n").expect("write");
    let (_, code) = json(dir.path(), &["--config", "strict.toml"]);
    assert_eq!(code, 1);
}

#[test]
fn evidence_is_reproducible_and_complete() {
    let dir = project(&[
        ("main.tf", PLACEMENTS),
        ("farm/main.tf", FARM),
        (".tfgate-exceptions.toml", REGISTER),
    ]);
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("git runs");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    git(&["init", "-q", "-b", "main"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "add",
        ".",
    ]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "-q",
        "-m",
        "x",
    ]);
    let head = git(&["rev-parse", "HEAD"]);
    let run = |name: &str| {
        let out = Command::cargo_bin("tfgate")
            .expect("binary")
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", "1795000000")
            .args(["check", "--evidence", name, "."])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        std::fs::read(dir.path().join(name)).expect("evidence written")
    };
    let (a, b) = (run("../evidence-a.json"), run("../evidence-b.json"));
    assert_eq!(a, b, "byte-identical with SOURCE_DATE_EPOCH");
    let e: Value = serde_json::from_slice(&a).expect("JSON");
    assert_eq!(e["timestamp"], "2026-11-18T11:06:40Z");
    assert_eq!(e["git"]["commit"], head);
    assert_eq!(e["git"]["ref"], "refs/heads/main");
    assert_eq!(e["result"]["exit_code"], 1);
    let files = e["files"].as_array().expect("files");
    assert!(files.iter().any(
        |f| f["path"] == "farm/main.tf" && f["sha256"].as_str().is_some_and(|h| h.len() == 64)
    ));
    assert!(
        e["rule_set"]["sha256"]
            .as_str()
            .is_some_and(|h| h.len() == 64)
    );
    assert!(e["exceptions_register"]["sha256"].is_string());
    let kms = e["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|r| r["id"] == "TFG-ENC-022")
        .expect("rule stats");
    assert_eq!(kms["checked"], 4);
    assert_eq!(kms["failed"], 1);
    assert_eq!(kms["accepted"], 3);
    let suppressions = e["suppressions"].as_array().expect("suppressions");
    assert!(
        suppressions
            .iter()
            .all(|s| s["reason"].is_string() && s["kind"].is_string())
    );
    let _ = std::fs::remove_file(dir.path().join("../evidence-a.json"));
    let _ = std::fs::remove_file(dir.path().join("../evidence-b.json"));
}

#[test]
fn compliance_view_lists_every_soc2_criterion() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (text, _, _) = tfgate(
        root,
        &["check", "--format", "compliance", "examples/quickstart"],
    );
    let (md, _, _) = tfgate(
        root,
        &[
            "check",
            "--format",
            "compliance-markdown",
            "examples/quickstart",
        ],
    );
    let criteria: std::collections::BTreeSet<&str> = tfgate::rules::RULES
        .iter()
        .flat_map(|r| r.compliance.iter())
        .filter_map(|c| c.strip_prefix("SOC2:"))
        .collect();
    assert!(criteria.len() >= 3);
    for c in criteria {
        assert!(
            text.contains(&format!("  {c} ")),
            "{c} missing from the text view"
        );
        assert!(
            md.contains(&format!("| {c} |")),
            "{c} missing from the Markdown view"
        );
    }
    assert!(
        text.lines()
            .any(|l| l.contains("TFG-NET-001") && l.contains("ssh-open-to-internet"))
    );
    assert!(text.contains("failing"));
    assert!(md.contains("## NIST SP 800-53"));
}

#[test]
fn configuration_excludes_paths_and_reads_variable_files() {
    let dir = project(&[
        (
            "main.tf",
            "variable \"rotate\" {\n  type = bool\n}\n\nresource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = var.rotate\n  policy              = \"{}\"\n}\n",
        ),
        ("env/prod.tfvars", "rotate = true\n"),
        ("env/dev.tfvars", "rotate = false\n"),
        (
            "scratch/main.tf",
            "resource \"aws_kms_key\" \"scratch\" {}\n",
        ),
        (
            ".tfgate.toml",
            "exclude = [\"scratch/**\"]\nvar-files = [\"env/prod.tfvars\"]\n",
        ),
    ]);
    let (report, code) = json(dir.path(), &[]);
    assert_eq!(
        code,
        0,
        "prod variables make the key rotate, scratch is excluded: {:?}",
        states(&report)
    );
    // Flags replace the file's values.
    let (report, code) = json(dir.path(), &["--var-file", "env/dev.tfvars"]);
    assert_eq!(code, 1);
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.k"),
        Some(None)
    );
    let (report, _) = json(dir.path(), &["--exclude", "env/**"]);
    assert_eq!(
        state_of(&report, "TFG-ENC-022", "aws_kms_key.scratch"),
        Some(None)
    );
}

/// `[account] managed-elsewhere`: a control another configuration provides is undecided in
/// every root instead of a finding at the `provider "aws"` block; an unknown control name is a
/// configuration error with file and line (exit 2).
#[test]
fn account_controls_managed_elsewhere() {
    let dir = project(&[(
        "main.tf",
        "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n\nresource \"aws_iam_account_alias\" \"a\" {\n  account_alias = \"example\"\n}\n",
    )]);
    let select = [
        "--select",
        "account-without-guardduty,account-without-security-hub",
    ];
    let (report, code) = json(dir.path(), &select);
    assert_eq!(code, 1);
    let found: Vec<(String, u64)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["location"]["start_line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("TFG-LOG-057".to_string(), 1),
            ("TFG-LOG-058".to_string(), 1)
        ],
        "shown at the provider block"
    );
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "[account]\nmanaged-elsewhere = [\"guardduty\"]\n",
    )
    .expect("write");
    let (report, code) = json(dir.path(), &select);
    assert_eq!(code, 1);
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["rule_id"].as_str())
        .collect();
    assert_eq!(rules, ["TFG-LOG-058"], "GuardDuty is managed elsewhere");
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "[account]\nmanaged-elsewhere = [\n  \"guardduty\",\n  \"inspector\",\n]\n",
    )
    .expect("write");
    let (report, code) = json(dir.path(), &select);
    assert_eq!(code, 2);
    let err = &report["errors"][0];
    assert_eq!(err["line"], 4, "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("`inspector`"),
        "{err}"
    );
}
