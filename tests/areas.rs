//! The areas of the baseline end to end: `--select <area>` and `--ignore <area>` for every
//! area, unknown keys, the rule list grouped by area, the compliance view and the evidence
//! record of the newer areas' rules, and why account-level rules are undecided.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn tfgate() -> Command {
    Command::cargo_bin("tfgate").expect("binary is built")
}

/// One bad resource (or comment) per area, and the rule of that area it must fail.
const PROJECT: &[(&str, &str, &str)] = &[
    (
        "network",
        "TFG-NET-001",
        r#"resource "aws_security_group" "admin" {
  name        = "admin"
  description = "administration"

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#,
    ),
    (
        "s3",
        "TFG-S3-001",
        r#"resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
"#,
    ),
    (
        "cloudtrail",
        "TFG-CT-001",
        r#"resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
}
"#,
    ),
    (
        "encryption",
        "TFG-ENC-001",
        r#"resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
}
"#,
    ),
    (
        "iam",
        "TFG-IAM-001",
        r#"resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
"#,
    ),
    (
        "secrets",
        "TFG-SEC-005",
        r#"resource "aws_secretsmanager_secret" "db" {
  name = "db"
}
"#,
    ),
    (
        "logging",
        "TFG-LOG-001",
        r#"resource "aws_cloudwatch_log_group" "app" {
  name = "app"
}
"#,
    ),
    (
        "database",
        "TFG-DB-040",
        r#"resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  hash_key     = "id"
  billing_mode = "PAY_PER_REQUEST"

  attribute {
    name = "id"
    type = "S"
  }
}
"#,
    ),
    (
        "containers",
        "TFG-CTR-007",
        r#"resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "MUTABLE"
}
"#,
    ),
    (
        "serverless",
        "TFG-SLS-001",
        r#"resource "aws_lambda_function_url" "hook" {
  function_name      = "hook"
  authorization_type = "NONE"
}
"#,
    ),
    (
        "compute",
        "TFG-EC2-001",
        r#"resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}
"#,
    ),
    (
        "ml",
        "TFG-ML-001",
        r#"resource "aws_sagemaker_notebook_instance" "lab" {
  name                   = "lab"
  role_arn               = "arn:aws:iam::123456789012:role/lab"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}
"#,
    ),
    (
        "governance",
        "TFG-GOV-002",
        r#"# tfgate:ignore TFG-NOPE-999 -- a rule id that does not exist
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
"#,
    ),
];

/// The project: a `provider "aws"` block and each area's bad resource.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("provider \"aws\" {\n  region = \"eu-west-1\"\n}\n");
    for (_, _, code) in PROJECT {
        text.push('\n');
        text.push_str(code);
    }
    std::fs::write(dir.path().join("main.tf"), text).expect("writable");
    dir
}

/// Rule id → area, from `tfgate rules --format json`.
fn areas_of_rules() -> BTreeMap<String, String> {
    let out = tfgate()
        .args(["rules", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let rules: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    rules
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().expect("id").to_string(),
                r["area"].as_str().expect("area").to_string(),
            )
        })
        .collect()
}

/// The rule ids of the findings of `check --format json <args> DIR`.
fn finding_ids(dir: &Path, args: &[&str]) -> BTreeSet<String> {
    let out = tfgate()
        .args(["check", "--format", "json"])
        .args(args)
        .arg(dir)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?}: findings expected; {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(
        report["errors"].as_array().map(Vec::len),
        Some(0),
        "{report}"
    );
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule_id"].as_str().expect("rule_id").to_string())
        .collect()
}

#[test]
fn every_area_is_listed_and_the_fixture_covers_it() {
    let areas: BTreeSet<String> = areas_of_rules().into_values().collect();
    let covered: BTreeSet<String> = PROJECT.iter().map(|(a, _, _)| a.to_string()).collect();
    assert_eq!(
        areas, covered,
        "one bad resource per area of `tfgate rules`"
    );
    for area in [
        "iam",
        "secrets",
        "logging",
        "database",
        "containers",
        "serverless",
        "compute",
        "ml",
    ] {
        assert!(areas.contains(area), "{area} is an area of `tfgate rules`");
    }
}

#[test]
fn select_by_area_reports_only_that_areas_rules() {
    let dir = project();
    let area_of = areas_of_rules();
    let all = finding_ids(dir.path(), &[]);
    for (area, expected, _) in PROJECT {
        let ids = finding_ids(dir.path(), &["--select", area]);
        assert!(ids.contains(*expected), "--select {area}: {ids:?}");
        for id in &ids {
            assert_eq!(area_of[id], *area, "--select {area} reported {id}");
        }
        // Everything the full run found of this area, and nothing else.
        let of_area: BTreeSet<String> = all
            .iter()
            .filter(|id| area_of[*id] == *area)
            .cloned()
            .collect();
        assert_eq!(ids, of_area, "--select {area}");
        // Area keys are case-insensitive, like rule keys.
        let upper = area.to_ascii_uppercase();
        assert_eq!(finding_ids(dir.path(), &["--select", &upper]), ids);
    }
}

#[test]
fn ignore_by_area_leaves_out_exactly_that_areas_rules() {
    let dir = project();
    let area_of = areas_of_rules();
    let all = finding_ids(dir.path(), &[]);
    for (area, expected, _) in PROJECT {
        let ids = finding_ids(dir.path(), &["--ignore", area]);
        assert!(!ids.contains(*expected), "--ignore {area}: {ids:?}");
        let rest: BTreeSet<String> = all
            .iter()
            .filter(|id| area_of[*id] != *area)
            .cloned()
            .collect();
        assert_eq!(ids, rest, "--ignore {area}");
    }
}

#[test]
fn an_unknown_area_is_an_error_listing_the_areas() {
    let dir = project();
    for flag in ["--select", "--ignore"] {
        let out = tfgate()
            .args(["check", flag, "databases"])
            .arg(dir.path())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{flag}");
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text
            .lines()
            .find(|l| l.starts_with("error[config]:"))
            .expect("a configuration error");
        assert!(
            line.contains(&format!(
                "{flag}: `databases` is no rule id, name, peer alias or area"
            )),
            "{line}"
        );
        assert!(
            line.contains(
                "areas: network, s3, cloudtrail, encryption, iam, secrets, logging, database, containers, serverless, compute, ml, governance"
            ),
            "{line}"
        );
    }
    // The same key in `.tfgate.toml` names the file and lists the areas too.
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "select = [\"serverles\"]\n",
    )
    .expect("writable");
    let out = tfgate()
        .args(["check"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        all.contains("`serverles` is no rule id, name, peer alias or area (areas: network,")
            && all.contains("serverless, compute, ml, governance;"),
        "{all}"
    );
}

#[test]
fn the_rule_list_groups_rules_by_area_with_counts() {
    let area_of = areas_of_rules();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for area in area_of.values() {
        *counts.entry(area).or_default() += 1;
    }
    let out = tfgate().arg("rules").output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    // Each area's heading, then its rules until the next heading.
    let mut current: Option<&str> = None;
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for line in text.lines().skip(2) {
        if let Some((area, _)) = line.split_once(" (")
            && counts.contains_key(area)
        {
            let heading = format!(
                "{area} ({} rule{}, `--select {area}`): ",
                counts[area],
                if counts[area] == 1 { "" } else { "s" }
            );
            assert!(line.starts_with(&heading), "{line}");
            current = Some(area);
            continue;
        }
        if let Some(id) = line
            .split_whitespace()
            .next()
            .filter(|w| w.starts_with("TFG-"))
        {
            let area = current.expect("a rule after an area heading");
            assert_eq!(area_of[id], area, "{id} under {area}");
            *seen.entry(area).or_default() += 1;
        }
    }
    assert_eq!(seen, counts);

    let out = tfgate()
        .args(["rules", "--format", "markdown"])
        .output()
        .expect("runs");
    let md = String::from_utf8_lossy(&out.stdout);
    for (area, n) in &counts {
        assert!(
            md.contains(&format!("| [{area}](#{area}) | {n} | ")),
            "index row of {area}"
        );
        assert!(md.contains(&format!("\n## {area}\n")), "section of {area}");
    }
    // A rule of a newer area sits in its own section.
    let ml = md.find("\n## ml\n").expect("ml section");
    let gov = md.find("\n## governance\n").expect("governance section");
    let row = md
        .find("| [TFG-ML-001](TFG-ML-001.md) |")
        .expect("TFG-ML-001 row");
    assert!(ml < row && row < gov);
}

#[test]
fn the_compliance_view_and_evidence_carry_newer_areas_rules_with_their_controls() {
    let dir = project();
    let out = tfgate()
        .args(["check", "--format", "compliance"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let view = String::from_utf8_lossy(&out.stdout);
    // TFG-SLS-001 maps to SOC2:CC6.1, CC6.6, NIST AC-3, IA-2 and ISO A.8.5; the fixture fails it.
    let rules = tfgate()
        .args(["rules", "--format", "json"])
        .output()
        .expect("runs");
    let rules: Value = serde_json::from_slice(&rules.stdout).expect("JSON");
    let sls = rules
        .as_array()
        .expect("list")
        .iter()
        .find(|r| r["id"] == "TFG-SLS-001")
        .expect("TFG-SLS-001");
    let mappings: Vec<&str> = sls["compliance"]
        .as_array()
        .expect("mappings")
        .iter()
        .map(|m| m.as_str().expect("text"))
        .collect();
    assert!(mappings.contains(&"SOC2:CC6.6") && mappings.contains(&"ISO27001:A.8.5"));
    for framework in [
        "SOC 2 Trust Services Criteria",
        "NIST SP 800-53",
        "ISO/IEC 27001:2022 Annex A",
    ] {
        assert!(view.contains(&format!("\n{framework}\n")), "{framework}");
    }
    // Under each of its controls, the rule's row with the fixture's failure.
    for mapping in &mappings {
        let (framework, control) = mapping.split_once(':').expect("prefix:control");
        let title = match framework {
            "SOC2" => "SOC 2 Trust Services Criteria",
            "NIST" => "NIST SP 800-53",
            "ISO27001" => "ISO/IEC 27001:2022 Annex A",
            other => panic!("unexpected framework {other}"),
        };
        let section = &view[view.find(&format!("\n{title}\n")).expect("section")..];
        let heading = format!("  {control:<10} failing");
        let rows: Vec<&str> = section
            .lines()
            .skip_while(|l| *l != heading)
            .skip(1)
            .take_while(|l| l.starts_with("    "))
            .collect();
        let row = rows
            .iter()
            .find(|l| {
                l.trim_start()
                    .starts_with("TFG-SLS-001  lambda-url-without-auth")
            })
            .unwrap_or_else(|| panic!("{mapping}: TFG-SLS-001 under a failing control: {rows:?}"));
        assert!(
            row.contains("checked    1") && row.contains("failed    1"),
            "{mapping}: {row}"
        );
    }
    // A rule of the ml area is in the ISO 27001 section, failing.
    let iso = &view[view
        .find("\nISO/IEC 27001:2022 Annex A\n")
        .expect("ISO section")..];
    assert!(
        iso.lines().any(|l| l
            .trim_start()
            .starts_with("TFG-ML-001   sagemaker-notebook-direct-internet-access")
            && l.contains("failed    1")),
        "{iso}"
    );

    let evidence = dir.path().join("evidence.json");
    let out = tfgate()
        .args(["check", "--evidence"])
        .arg(&evidence)
        .arg(dir.path())
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let record: Value =
        serde_json::from_str(&std::fs::read_to_string(&evidence).expect("written")).expect("JSON");
    let by_id = |id: &str| -> Value {
        record["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .find(|r| r["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} in the evidence"))
    };
    let sls_record = by_id("TFG-SLS-001");
    assert_eq!(sls_record["area"], "serverless");
    assert_eq!(sls_record["compliance"], sls["compliance"]);
    assert_eq!(
        (
            sls_record["checked"].as_u64(),
            sls_record["failed"].as_u64()
        ),
        (Some(1), Some(1))
    );
    for (area, id) in [
        ("iam", "TFG-IAM-001"),
        ("secrets", "TFG-SEC-005"),
        ("logging", "TFG-LOG-001"),
        ("database", "TFG-DB-040"),
        ("containers", "TFG-CTR-007"),
        ("compute", "TFG-EC2-001"),
        ("ml", "TFG-ML-001"),
    ] {
        let r = by_id(id);
        assert_eq!(r["area"], area, "{id}");
        assert_eq!(r["failed"], 1, "{id}");
        let frameworks: BTreeSet<&str> = r["compliance"]
            .as_array()
            .expect("mappings")
            .iter()
            .filter_map(|m| m.as_str()?.split_once(':').map(|(f, _)| f))
            .collect();
        assert!(
            frameworks.contains("SOC2")
                && frameworks.contains("NIST")
                && frameworks.contains("ISO27001"),
            "{id}: {frameworks:?}"
        );
    }
    // Every area's rules are in the record (all are selected).
    let recorded: BTreeSet<&str> = record["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .filter_map(|r| r["area"].as_str())
        .collect();
    for (area, _, _) in PROJECT {
        assert!(recorded.contains(area), "{area} in the evidence");
    }
}

/// A root with a `provider "aws"` block and no account-level setting (an application): the
/// account rules are undecided because the account may be configured elsewhere, and a volume
/// whose encryption comes from a variable without a value is undecided for an unknown value.
/// The reports say which is which.
#[test]
fn undecided_account_rules_are_not_blamed_on_unknown_values() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("main.tf"),
        r#"provider "aws" {
  region = "eu-west-1"
}

variable "encrypted" {
  type = bool
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}
"#,
    )
    .expect("writable");
    let out = tfgate()
        .args([
            "check",
            "--select",
            "TFG-ENC-001",
            "--select",
            "logging",
            "--select",
            "iam",
        ])
        .arg(dir.path())
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("Undecided ("))
        .unwrap_or_else(|| panic!("an undecided line: {text}"));
    let (unknown, elsewhere) = line
        .split_once("; the account may be configured elsewhere (")
        .unwrap_or_else(|| panic!("both reasons: {line}"));
    assert!(
        unknown.starts_with(
            "Undecided (7), values not known before apply: TFG-ENC-001 ebs-volume-unencrypted (1)"
        ),
        "{line}"
    );
    assert!(
        !unknown.contains("TFG-LOG-057") && !unknown.contains("TFG-IAM-047"),
        "{line}"
    );
    for rule in [
        "TFG-IAM-046 account-without-access-analyzer (1)",
        "TFG-IAM-047 account-without-password-policy (1)",
        "TFG-LOG-056 account-without-config-recorder (1)",
        "TFG-LOG-057 account-without-guardduty (1)",
        "TFG-LOG-058 account-without-security-hub (1)",
        "TFG-LOG-059 account-without-ebs-default-encryption (1)",
    ] {
        assert!(elsewhere.contains(rule), "{rule}: {line}");
    }
    assert!(!elsewhere.contains("TFG-ENC-001"), "{line}");

    let out = tfgate()
        .args([
            "check",
            "--format",
            "junit",
            "--select",
            "TFG-ENC-001",
            "--select",
            "TFG-LOG-057",
        ])
        .arg(dir.path())
        .output()
        .expect("runs");
    let xml = String::from_utf8_lossy(&out.stdout);
    let suite = |id: &str| -> &str {
        let start = xml.find(&format!("<testsuite name=\"{id} ")).expect(id);
        let end = xml[start..].find("</testsuite>").expect("closed") + start;
        &xml[start..end]
    };
    assert!(
        suite("TFG-ENC-001").contains("<skipped message=\"values not known before apply\"/>"),
        "{xml}"
    );
    assert!(
        suite("TFG-LOG-057")
            .contains("<skipped message=\"the account may be configured elsewhere\"/>"),
        "{xml}"
    );

    // A reusable module scanned alone (no provider block): a volume in no backup plan is
    // undecided for the account's reason; with backups declared managed elsewhere, too.
    let module = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        module.path().join("main.tf"),
        "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = true\n}\n",
    )
    .expect("writable");
    let summary = |dir: &Path| -> String {
        let out = tfgate()
            .args(["check", "--select", "TFG-EC2-090"])
            .arg(dir)
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find(|l| l.starts_with("Undecided ("))
            .unwrap_or_default()
            .to_string()
    };
    let line = summary(module.path());
    assert!(
        line.starts_with("Undecided (1), the account may be configured elsewhere (")
            && line.ends_with("): TFG-EC2-090 ebs-volume-without-backup-plan (1)."),
        "{line}"
    );
    std::fs::write(
        dir.path().join(".tfgate.toml"),
        "[account]\nmanaged-elsewhere = [\"backup\"]\n",
    )
    .expect("writable");
    let line = summary(dir.path());
    assert!(
        line.starts_with("Undecided (1), the account may be configured elsewhere (")
            && line.ends_with("): TFG-EC2-090 ebs-volume-without-backup-plan (1)."),
        "{line}"
    );
}

/// README.md's "What the baseline covers" table and sentence say what `tfgate rules
/// --format json` says.
#[test]
fn the_readme_counts_rules_per_area_as_the_registry_does() {
    let area_of = areas_of_rules();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for area in area_of.values() {
        *counts.entry(area).or_default() += 1;
    }
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let start = readme
        .find("### What the baseline covers\n")
        .expect("the section");
    let section = &readme[start..];
    let section = &section[..section[4..].find("\n#").map_or(section.len(), |e| e + 4)];
    let mut listed: BTreeMap<&str, usize> = BTreeMap::new();
    for line in section.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() > 3
            && let Some(area) = cells[1].strip_prefix('`').and_then(|c| c.strip_suffix('`'))
        {
            listed.insert(area, cells[2].parse().expect("a count"));
        }
    }
    let governance = counts.remove("governance").unwrap_or(0);
    let expected: Vec<String> = counts.iter().map(|(a, n)| format!("`{a}` {n}")).collect();
    assert_eq!(listed, counts, "README.md rows should be: {expected:?}");
    let aws: usize = counts.values().sum();
    let sentence = format!(
        "{aws} rules in {} AWS areas, plus {governance} governance rules",
        counts.len()
    );
    assert!(
        section.contains(&sentence),
        "README.md should say: {sentence}"
    );
}

/// The baseline document an auditor reads names each built-in rule's area.
#[test]
fn the_baseline_document_names_each_rules_area() {
    let area_of = areas_of_rules();
    let out = tfgate()
        .args(["baseline", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rules = doc["builtin_rules"].as_array().expect("builtin_rules");
    assert_eq!(rules.len(), area_of.len());
    for r in rules {
        let id = r["id"].as_str().expect("id");
        assert_eq!(r["area"].as_str(), Some(area_of[id].as_str()), "{id}");
    }
    assert!(
        rules
            .iter()
            .any(|r| r["id"] == "TFG-CTR-007" && r["area"] == "containers")
    );
}
