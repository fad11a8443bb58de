//! End-to-end tests of the binary: exit statuses and messages for bad input, and that one
//! bad file never hides the results of the others.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn tfgate() -> Command {
    Command::cargo_bin("tfgate").expect("binary is built")
}

const GOOD: &str = "resource \"aws_s3_bucket\" \"good\" {\n  bucket = \"still-checked\"\n}\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("temp dir is writable");
}

/// Runs `check --format json` and returns the exit code and the report.
fn check_json(dir: &Path) -> (i32, Value) {
    let out = tfgate()
        .args(["check", "--format", "json"])
        .arg(dir)
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report even on errors");
    (out.status.code().unwrap_or(-1), report)
}

fn first_error(report: &Value) -> &Value {
    &report["errors"][0]
}

#[test]
fn a_clean_directory_exits_zero() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        b"resource \"aws_cloudwatch_dashboard\" \"ops\" {\n  dashboard_name = \"ops\"\n  dashboard_body = \"{}\"\n}\n",
    );
    let (code, report) = check_json(dir.path());
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["errors"], serde_json::json!([]));
    assert_eq!(report["findings"], serde_json::json!([]));
    assert_eq!(report["summary"]["resource_instances"], 1);
}

#[test]
fn bad_files_fail_closed_and_others_are_still_loaded() {
    // (file name, content, expected line, expected message fragment)
    let cases: [(&str, &[u8], Option<u64>, &str); 3] = [
        (
            "broken.tf",
            b"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n",
            Some(2),
            "expected",
        ),
        (
            "binary.tf",
            b"\x7fELF\x00\x01\x02 binary",
            None,
            "binary file",
        ),
        (
            "latin1.tf",
            b"# caf\xe9\nresource \"a\" \"b\" {}\n",
            None,
            "not valid UTF-8",
        ),
    ];
    for (name, content, line, fragment) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        write(dir.path(), "good.tf", GOOD.as_bytes());
        write(dir.path(), name, content);
        let (code, report) = check_json(dir.path());
        assert_eq!(code, 2, "{name}: exit 2");
        let err = first_error(&report);
        assert!(
            err["file"].as_str().is_some_and(|f| f.ends_with(name)),
            "{name}: {err}"
        );
        assert!(
            err["message"]
                .as_str()
                .is_some_and(|m| m.contains(fragment)),
            "{name}: {err}"
        );
        if let Some(line) = line {
            assert_eq!(err["line"], line, "{name}: {err}");
        }
        assert_eq!(
            report["summary"]["resource_instances"], 1,
            "{name}: good.tf still evaluated"
        );
    }
}

#[test]
fn parse_errors_in_text_output_name_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "good.tf", GOOD.as_bytes());
    write(dir.path(), "broken.tf", b"locals {\n  a = [1, 2\n}\n");
    let out = tfgate()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("broken.tf"))
        .expect("error names the file");
    assert!(line.contains("broken.tf:3:1: error[parse-error]"), "{line}");
    assert!(text.contains("1 resource instance "), "{text}");
}

#[test]
fn an_empty_directory_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, report) = check_json(dir.path());
    assert_eq!(code, 2);
    assert_eq!(first_error(&report)["code"], "no-terraform-files");
}

#[test]
fn a_directory_with_only_variable_files_is_an_error() {
    // It exited 0 with "0 root modules": nothing was checked.
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "terraform.tfvars", b"a = 1\n");
    let (code, report) = check_json(dir.path());
    assert_eq!(code, 2, "{report}");
    assert_eq!(first_error(&report)["code"], "no-terraform-files");
}

#[test]
fn excludes_that_leave_nothing_to_scan_fail_and_name_what_they_left_out() {
    // An exclude (flag or `.tfgate.toml`) that leaves nothing is exit 2, as an empty
    // directory is, and the error names the excluded directories rather than claiming the
    // directory holds no Terraform.
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["prod", "stage"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
        write(&dir.path().join(sub), "main.tf", GOOD.as_bytes());
    }
    let out = tfgate()
        .args(["check", "--exclude", "prod", "--exclude", "stage/**"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("error[no-terraform-files]: nothing left to scan"),
        "{text}"
    );
    assert!(text.contains("(2 excluded: "), "{text}");
    assert!(text.contains("prod`") && text.contains("stage`"), "{text}");

    // A file given by name whose directory an exclude leaves out.
    let out = tfgate()
        .args(["check", "--exclude", "*.tf"])
        .arg(dir.path().join("prod/main.tf"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("error[no-terraform-files]: nothing left to scan"),
        "{text}"
    );

    write(dir.path(), ".tfgate.toml", b"exclude = [\"*\"]\n");
    let (code, report) = check_json(dir.path());
    assert_eq!(code, 2, "{report}");
    assert_eq!(first_error(&report)["code"], "no-terraform-files");
    let message = first_error(&report)["message"].as_str().expect("message");
    assert!(message.contains("nothing left to scan"), "{message}");
}

#[test]
fn resources_no_rule_knows_are_counted_by_provider() {
    // Before, code of other providers read as a bare "0 checks of 0 resources".
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        b"resource \"azurerm_resource_group\" \"a\" {\n  name = \"a\"\n}\n\
          resource \"azurerm_storage_account\" \"b\" {\n  name = \"b\"\n}\n\
          resource \"google_storage_bucket\" \"c\" {\n  name = \"c\"\n}\n\
          resource \"aws_s3_bucket\" \"d\" {}\n",
    );
    let out = tfgate()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    // The AWS bucket is checked, so aws is not named.
    assert!(
        text.contains("\n3 resources of providers azurerm, google: no rule applies.\n"),
        "{text}"
    );

    let only = tempfile::tempdir().expect("temp dir");
    write(
        only.path(),
        "main.tf",
        b"resource \"google_storage_bucket\" \"c\" {\n  name = \"c\"\n}\n",
    );
    let out = tfgate()
        .arg("check")
        .arg(only.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("\n1 resource of provider google: no rule applies.\n"),
        "{text}"
    );
    let out = tfgate()
        .args(["check", "--format", "markdown"])
        .arg(only.path())
        .output()
        .expect("runs");
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("\n⚠️ 1 resource of provider google: no rule applies.\n"),
        "{md}"
    );
}

#[test]
fn input_errors_are_repeated_at_the_end_with_what_to_do() {
    // Before, an input error was only the first line of a long report, with no way out
    // but fixing it.
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["legacy", "app"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
    }
    write(&dir.path().join("app"), "main.tf", GOOD.as_bytes());
    write(
        &dir.path().join("legacy"),
        "main.tf",
        b"variable \"x\" {\n  default = \"${var.y\"\n}\n",
    );
    let out = tfgate()
        .current_dir(dir.path())
        .args(["check", "."])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    let tail: Vec<&str> = text.lines().rev().take(3).collect();
    assert_eq!(
        tail,
        [
            "Fix it; or, for a directory that is not meant to be checked (`legacy`), exclude it for one run with `--exclude 'legacy'`, or for good in .tfgate.toml with the reason: `exclude = [{ path = \"legacy\", reason = \"...\" }]`.",
            "  legacy/main.tf:2:21: error[parse-error]: expected `}`",
            "1 error in the input: the run fails closed (exit 2):",
        ],
        "{text}"
    );
}

#[test]
fn an_error_in_a_called_module_is_not_offered_for_exclusion() {
    // Excluding a module that a root calls would break the caller instead.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("mod")).expect("mkdir");
    write(
        dir.path(),
        "main.tf",
        b"module \"m\" {\n  source = \"./mod\"\n}\n",
    );
    write(
        &dir.path().join("mod"),
        "main.tf",
        b"locals {\n  a = [1,\n}\n",
    );
    let out = tfgate()
        .current_dir(dir.path())
        .args(["check", "."])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().last(), Some("Fix it and run again."), "{text}");
}

#[test]
fn accepted_exclusions_need_a_reason_and_are_listed_with_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["legacy", "app"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
    }
    write(&dir.path().join("app"), "main.tf", GOOD.as_bytes());
    write(
        &dir.path().join("legacy"),
        "main.tf",
        b"variable \"x\" {\n  default = \"${\n}\n",
    );
    write(
        dir.path(),
        ".tfgate.toml",
        b"fail-on = \"never\"\nexclude = [\n  { path = \"legacy\", reason = \"Terraform 0.11, retired in OPS-42\" },\n]\n",
    );
    let out = tfgate()
        .current_dir(dir.path())
        .args(["check", "."])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains(
            "\nNot checked, excluded in .tfgate.toml:3: `legacy`: Terraform 0.11, retired in OPS-42\n"
        ),
        "{text}"
    );
    let (_, report) = check_json(dir.path());
    assert_eq!(
        report["summary"]["governance"]["exclusions"],
        serde_json::json!([{ "path": "legacy", "reason": "Terraform 0.11, retired in OPS-42", "line": 3 }])
    );

    write(
        dir.path(),
        ".tfgate.toml",
        b"fail-on = \"never\"\nexclude = [\n  \"tests/**\",\n  { path = \"legacy\" },\n]\n",
    );
    let (code, report) = check_json(dir.path());
    assert_eq!(code, 2, "{report}");
    // The configuration is not used, so the legacy directory is read (and fails) too.
    let error = report["errors"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["code"] == "config"))
        .expect("a config error");
    assert!(
        error["file"]
            .as_str()
            .is_some_and(|f| f.ends_with(".tfgate.toml")),
        "{report}"
    );
    assert_eq!(error["line"], 4, "{report}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("the exclusion of `legacy` gives no reason")),
        "{report}"
    );
}

#[test]
fn the_rule_list_has_a_header_and_each_rule_its_peer_ids() {
    let out = tfgate().arg("rules").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].ends_with(" rules. `tfgate explain <id>` shows a rule's page, `--format json` every field. Peer ids (Trivy/tfsec, Checkov, KICS, Terrascan, Regula) work as rule keys and in their ignore comments."), "{}", lines[0]);
    assert!(
        lines[1].starts_with("ID           SEVERITY NAME "),
        "{}",
        lines[1]
    );
    let ssh = lines
        .iter()
        .position(|l| l.starts_with("TFG-NET-001 "))
        .expect("TFG-NET-001 listed");
    let peers = lines[ssh + 1].trim_start();
    assert!(peers.starts_with("peers: "), "{peers}");
    assert!(
        peers.contains("AVD-AWS-0107") && peers.contains("CKV_AWS_24"),
        "{peers}"
    );
}

#[test]
fn a_diff_with_nothing_to_fix_prints_nothing_and_says_so() {
    // `--diff | git apply` on an empty diff made git say "No valid patches in input".
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        b"resource \"aws_cloudwatch_dashboard\" \"ops\" {\n  dashboard_name = \"ops\"\n  dashboard_body = \"{}\"\n}\n",
    );
    let out = tfgate()
        .args(["check", "--diff"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Nothing to fix: no fix applies, so the diff on standard output is empty (0 findings remain).\n"
    );
}

#[test]
fn counts_in_the_text_report_take_the_right_number() {
    // Before: "1 root modules", "1 resource instances", "1 finding(s)".
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        b"resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n  encrypted = true\n  kms_key_id = \"arn:aws:kms:eu-west-1:111122223333:key/k\"\n  size = 1\n}\n",
    );
    let out = tfgate()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("\nScanned 1 file: 1 root module, 1 module instance, 1 resource instance (0 data sources).\n"),
        "{text}"
    );
    assert!(
        text.contains(" by 87 rules).") || text.contains(" rules)."),
        "{text}"
    );
    assert!(
        !text.contains("(s)") && !text.contains("(ies)") && !text.contains("(es)"),
        "{text}"
    );
}

#[test]
fn a_module_argument_of_the_wrong_type_is_an_error_at_the_argument() {
    // Before, it was reported at the variable declaration inside the module only.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("mod")).expect("mkdir");
    write(
        &dir.path().join("mod"),
        "main.tf",
        b"variable \"n\" {\n  type = number\n}\n",
    );
    write(
        dir.path(),
        "main.tf",
        b"module \"m\" {\n  source = \"./mod\"\n  n      = \"abc\"\n}\n",
    );
    let out = tfgate()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "."])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let error = first_error(&report);
    assert_eq!(error["code"], "invalid-variable-value", "{report}");
    assert_eq!(error["file"], "main.tf", "{report}");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(3), Some(12))
    );
    assert_eq!(
        error["related"],
        serde_json::json!({ "file": "mod/main.tf", "line": 1 })
    );
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("(variable \"n\" is declared at mod/main.tf:1)")),
        "{report}"
    );
}

#[test]
fn a_directory_given_twice_or_inside_another_given_one_is_not_empty() {
    // Before, a path whose files an earlier path had already found was reported as holding
    // no Terraform files, and the run exited 2.
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("sub dir");
    write(
        &sub,
        "main.tf",
        b"resource \"aws_cloudwatch_dashboard\" \"ops\" {\n  dashboard_name = \"ops\"\n  dashboard_body = \"{}\"\n}\n",
    );
    let out = tfgate()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .arg(&sub)
        .arg(&sub)
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert_eq!(report["errors"], serde_json::json!([]));
    // The file is loaded once, not once per path that reaches it.
    assert_eq!(report["summary"]["files"], 1, "{report}");
    assert_eq!(report["summary"]["resource_instances"], 1);
}
#[test]
fn a_missing_path_is_an_error_and_other_paths_are_still_scanned() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "main.tf", GOOD.as_bytes());
    let out = tfgate()
        .args(["check", "--format", "json", "/definitely/not/here"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(first_error(&report)["code"], "path-not-found");
    assert_eq!(first_error(&report)["file"], "/definitely/not/here");
    assert_eq!(report["summary"]["resource_instances"], 1);
}

#[test]
fn a_missing_var_file_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "main.tf", GOOD.as_bytes());
    let out = tfgate()
        .args(["check", "--var-file", "nope.tfvars"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("nope.tfvars: error[var-file]"));
}

#[test]
fn inspect_prints_instances_as_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "main.tf", GOOD.as_bytes());
    let out = tfgate()
        .arg("inspect")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["instances"][0]["address"], "aws_s3_bucket.good");
    assert_eq!(doc["instances"][0]["values"]["bucket"], "still-checked");
}

#[test]
fn path_values_do_not_depend_on_how_the_root_is_named() {
    // The usual pre-commit and CI run is `tfgate check` inside the root module: `.`.
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("stack");
    std::fs::create_dir_all(root.join("mod")).expect("mkdir");
    write(
        &root,
        "main.tf",
        br#"module "m" {
  source = "./mod"
}
resource "aws_s3_bucket" "r" {
  bucket = "r-${basename(path.cwd)}"
  tags   = { module = path.module, root = path.root }
}
"#,
    );
    write(
        &root.join("mod"),
        "main.tf",
        br#"resource "aws_s3_bucket" "b" {
  bucket = trimspace(file("${path.module}/name.txt"))
  tags   = { module = path.module }
}
"#,
    );
    write(&root.join("mod"), "name.txt", b"from-file\n");
    for (cwd, arg) in [
        (&root, None),
        (&root, Some(".")),
        (&root, Some("./main.tf")),
        (&dir.path().to_path_buf(), Some("stack")),
    ] {
        let mut cmd = tfgate();
        cmd.current_dir(cwd).arg("inspect").args(arg);
        let out = cmd.output().expect("runs");
        let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(out.status.code(), Some(0), "{arg:?}: {doc}");
        let values = |address: &str| {
            doc["instances"]
                .as_array()
                .and_then(|a| a.iter().find(|i| i["address"] == address))
                .map(|i| i["values"].clone())
                .unwrap_or_else(|| panic!("{arg:?}: no {address} in {doc}"))
        };
        let child = values("module.m.aws_s3_bucket.b");
        assert_eq!(child["bucket"], "from-file", "{arg:?}");
        assert_eq!(child["tags"]["module"], "mod", "{arg:?}");
        let top = values("aws_s3_bucket.r");
        assert_eq!(top["bucket"], "r-stack", "{arg:?}: path.cwd is absolute");
        assert_eq!(top["tags"]["module"], ".", "{arg:?}");
        assert_eq!(top["tags"]["root"], ".", "{arg:?}");
    }
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/eval");
    let run = |threads: &str| {
        tfgate()
            .env("RAYON_NUM_THREADS", threads)
            .arg("inspect")
            .arg(&project)
            .output()
            .expect("runs")
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("8"));
}

#[test]
fn tf_var_environment_variables_reach_root_modules() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        b"variable \"name\" {}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = var.name\n}\n",
    );
    let out = tfgate()
        .env("TF_VAR_name", "from-env")
        .arg("inspect")
        .arg(dir.path())
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["instances"][0]["values"]["bucket"], "from-env");
}

#[test]
fn excludes_and_gitignore_are_respected() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["kept", "excluded", "ignored", ".terraform/modules/x"] {
        std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        let name = sub.replace(['/', '.'], "_");
        write(
            &dir.path().join(sub),
            "main.tf",
            format!("resource \"aws_s3_bucket\" \"{name}\" {{}}\n").as_bytes(),
        );
    }
    write(dir.path(), ".gitignore", b"ignored/\n");
    let out = tfgate()
        .args(["inspect", "--exclude", "excluded"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let addresses: Vec<&str> = doc["instances"]
        .as_array()
        .expect("instances")
        .iter()
        .filter_map(|i| i["address"].as_str())
        .collect();
    assert_eq!(addresses, ["aws_s3_bucket.kept"]);
}

#[test]
fn deep_nesting_and_long_reference_chains_are_errors_not_crashes() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "good.tf", GOOD.as_bytes());
    let brackets = format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    write(dir.path(), "deep.tf", brackets.as_bytes());
    let mut chain = String::from("locals {\n  a0 = 1\n");
    for i in 1..6000 {
        chain.push_str(&format!("  a{i} = local.a{} + 1\n", i - 1));
    }
    chain.push_str("}\nresource \"null_resource\" \"n\" {\n  triggers = { v = local.a5999 }\n}\n");
    write(dir.path(), "chain.tf", chain.as_bytes());
    let (code, report) = check_json(dir.path());
    assert_eq!(code, 2);
    let codes: Vec<&str> = report["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["code"].as_str())
        .collect();
    assert_eq!(codes, ["limit", "parse-error"], "{report}");
    assert_eq!(report["summary"]["resource_instances"], 2);
}

#[test]
fn check_json_follows_the_output_contract() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/quickstart");
    let out = tfgate()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--format", "json", "examples/quickstart"])
        .output()
        .expect("runs");
    assert!(project.is_dir());
    assert_eq!(out.status.code(), Some(1), "findings exit 1");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["tool"]["name"], "tfgate");
    let f = report["findings"]
        .as_array()
        .and_then(|all| all.iter().find(|f| f["rule_id"] == "TFG-NET-001"))
        .expect("the SSH finding");
    for key in [
        "rule_id",
        "rule_name",
        "aliases",
        "severity",
        "resource",
        "message",
        "location",
        "module_calls",
        "suppressed",
        "fix",
    ] {
        assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
    }
    assert_eq!(f["rule_id"], "TFG-NET-001");
    assert_eq!(
        f["resource"],
        "module.web[\"blue\"].aws_security_group.this"
    );
    assert_eq!(
        f["location"]["file"],
        "examples/quickstart/modules/web/main.tf"
    );
    assert_eq!(f["location"]["start_line"], 36);
    assert_eq!(f["module_calls"][0]["line"], 55);
    assert!(
        f["message"]
            .as_str()
            .is_some_and(|m| m.contains("0.0.0.0/0"))
    );
    let ssh = report["summary"]["rules"]
        .as_array()
        .and_then(|rules| rules.iter().find(|r| r["rule_id"] == "TFG-NET-001"))
        .expect("per-rule stats");
    assert_eq!(ssh["checked"], 2);
    assert_eq!(ssh["failed"], 2);
}

#[test]
fn explain_accepts_ids_names_and_aliases() {
    for key in ["TFG-NET-001", "ssh-open-to-internet", "CKV_AWS_24"] {
        let out = tfgate().args(["explain", key]).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{key}");
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("# TFG-NET-001 ssh-open-to-internet")
        );
    }
    let out = tfgate().args(["explain", "nope"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

/// A peer id that several rules carry (each covers a part of the peer check) leads to all of
/// them; an id or a name leads to one page only.
#[test]
fn explain_of_a_shared_peer_id_names_every_rule_that_carries_it() {
    let out = tfgate()
        .args(["explain", "4728cd65-a20c-49da-8b31-9c08b423e4db"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("# TFG-NET-001 ssh-open-to-internet"),
        "{text}"
    );
    let note = text.lines().last().expect("a note");
    for other in [
        "TFG-NET-002",
        "TFG-NET-003",
        "TFG-NET-004",
        "TFG-NET-005",
        "TFG-NET-006",
    ] {
        assert!(note.contains(other), "{note}");
    }
    assert!(!note.contains("TFG-NET-001"), "{note}");
    let out = tfgate()
        .args(["explain", "TFG-NET-003"])
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("is also an alias of"));
}

/// Two plan files of one directory both take their source locations from its configuration
/// (the second used to find the directory's evaluated instances already replaced).
#[test]
fn every_plan_of_a_directory_is_located_in_its_sources() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/eval/plan-with-sources");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("modules/logs")).expect("temp dir is writable");
    for file in ["main.tf", "modules/logs/main.tf"] {
        std::fs::copy(fixture.join(file), dir.path().join(file)).expect("fixture copies");
    }
    let plan = std::fs::read(fixture.join("plan.json")).expect("fixture plan");
    write(dir.path(), "plan-a.json", &plan);
    write(dir.path(), "plan-b.json", &plan);
    let out = tfgate()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .arg(dir.path().join("plan-a.json"))
        .arg(dir.path().join("plan-b.json"))
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let findings = report["findings"].as_array().expect("findings");
    for plan in ["plan-a.json", "plan-b.json"] {
        let mine: Vec<&Value> = findings
            .iter()
            .filter(|f| {
                // A finding is one rule at one location: the plans' instances of one resource
                // block are listed in one finding.
                f["instances"]
                    .as_array()
                    .expect("instances")
                    .iter()
                    .any(|i| i["root"].as_str().is_some_and(|r| r.ends_with(plan)))
            })
            .collect();
        assert!(!mine.is_empty(), "{plan} has findings");
        for f in mine {
            assert!(
                f["location"]["file"]
                    .as_str()
                    .is_some_and(|file| file.ends_with("main.tf")),
                "{plan}: {} {} has no source location",
                f["rule_id"],
                f["resource"]
            );
        }
    }
}

/// A companion fix looks at what the module already declares: a companion written for the
/// resource but switched off is the fix (display-only), a companion of another resource is
/// not mistaken for it (`aws_s3_bucket.bb` does not name `b`), and its name is not reused.
#[test]
fn companion_fixes_respect_declared_companions_and_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        br#"resource "aws_s3_bucket" "a" {
  bucket = "a"
}

resource "aws_s3_bucket_public_access_block" "a" {
  count  = 0
  bucket = aws_s3_bucket.a.id
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
}

resource "aws_s3_bucket" "bb" {
  bucket = "bb"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.bb.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
"#,
    );
    let (_, report) = check_json(dir.path());
    let fix_of = |resource: &str| {
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["rule_id"] == "TFG-S3-001" && f["resource"] == resource)
            .map(|f| f["fix"].clone())
            .unwrap_or_else(|| panic!("{resource} has a TFG-S3-001 finding"))
    };
    let a = fix_of("aws_s3_bucket.a");
    assert_eq!(a["applicability"], "display-only");
    assert!(
        a["note"]
            .as_str()
            .is_some_and(|n| n.contains("`aws_s3_bucket_public_access_block.a`")),
        "{a}"
    );
    let b = fix_of("aws_s3_bucket.b");
    assert_eq!(b["applicability"], "safe", "{b}");
    let added = b["edits"][0]["replacement"].as_str().expect("an edit");
    assert!(
        added.contains(r#"resource "aws_s3_bucket_public_access_block" "b_2""#)
            && added.contains("bucket = aws_s3_bucket.b.id"),
        "{added}"
    );
    // Bucket bb's block is recognised as its own.
    assert!(
        !report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["rule_id"] == "TFG-S3-001" && f["resource"] == "aws_s3_bucket.bb"),
        "bb has its public access block"
    );
}

/// A companion whose count is not known before apply (`count = var.on ? 1 : 0`, with no
/// value for `on`) may not be created: what it sets does not make the bucket pass, and the
/// rules are undecided rather than passed.
#[test]
fn companions_that_may_not_be_created_leave_bucket_rules_undecided() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
variable "on" { type = bool }
resource "aws_s3_bucket" "b" { bucket = "b" }
resource "aws_s3_bucket_public_access_block" "b" {
  count                   = var.on ? 1 : 0
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
resource "aws_s3_bucket_versioning" "b" {
  count  = var.on ? 1 : 0
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  count  = var.on ? 1 : 0
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
resource "aws_s3_bucket_logging" "b" {
  count         = var.on ? 1 : 0
  bucket        = aws_s3_bucket.b.id
  target_bucket = "logs"
  target_prefix = "b/"
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let outcome = |id: &str| {
        let rules = report["summary"]["rules"].as_array().expect("rule stats");
        let stats = rules
            .iter()
            .find(|r| r["rule_id"] == id)
            .unwrap_or_else(|| panic!("{id} ran"));
        (stats["passed"].as_u64(), stats["undecided"].as_u64())
    };
    for id in ["TFG-S3-001", "TFG-S3-010", "TFG-S3-011", "TFG-S3-012"] {
        assert_eq!(outcome(id), (Some(0), Some(1)), "{id}");
    }
    // With the value given, the companions exist and the bucket passes.
    write(dir.path(), "terraform.tfvars", b"on = true\n");
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    let s3_001 = rules
        .iter()
        .find(|r| r["rule_id"] == "TFG-S3-001")
        .expect("TFG-S3-001 ran");
    assert_eq!(s3_001["passed"].as_u64(), Some(1));
}

/// MFA delete is judged only on versioned buckets: `mfa_delete = "Enabled"` next to
/// versioning `Disabled` protects nothing and must not count as passing, and a bucket with no
/// versioning is left to the versioning rule (issue 18, items 9 and 15).
#[test]
fn mfa_delete_is_not_passed_without_versioning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
resource "aws_s3_bucket" "off" { bucket = "off" }
resource "aws_s3_bucket_versioning" "off" {
  bucket = aws_s3_bucket.off.id
  versioning_configuration {
    status     = "Disabled"
    mfa_delete = "Enabled"
  }
}
resource "aws_s3_bucket" "none" { bucket = "none" }
resource "aws_s3_bucket" "on" { bucket = "on" }
resource "aws_s3_bucket_versioning" "on" {
  bucket = aws_s3_bucket.on.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    let stats = rules
        .iter()
        .find(|r| r["rule_id"] == "TFG-S3-014")
        .expect("TFG-S3-014 ran");
    assert_eq!(stats["passed"].as_u64(), Some(1), "{stats}");
    assert_eq!(stats["failed"].as_u64(), Some(0), "{stats}");
    let versioning = rules
        .iter()
        .find(|r| r["rule_id"] == "TFG-S3-010")
        .expect("TFG-S3-010 ran");
    assert_eq!(versioning["failed"].as_u64(), Some(2), "{versioning}");
}

/// A finding about a secret names the argument or variable and the kind of secret, never the
/// value, in every format: the text report shows its place but not the source line, which
/// may hold the secret. The values below are written only in the fixtures (not in the rule
/// docs, which SARIF carries as help).
#[test]
fn secrets_are_never_printed() {
    let fixtures = [
        "testdata/rules/TFG-SEC-001",
        "testdata/rules/TFG-SEC-002",
        "testdata/rules/TFG-SEC-003",
        "testdata/rules/TFG-SEC-004",
    ];
    let secrets = [
        "mq-app-password-1",
        "Search-Admin-1",
        "object-store-secret",
        "glue-password",
        "json-written-password",
        "defaulted-password",
        "tfvars-password",
        "local-token-value",
        "cache-password-12345",
        "file-token-value",
        "ops-password-1",
        "ssm-written-token",
        "json-flag-value",
        "a1B2a1B2",
    ];
    for format in [
        "text",
        "json",
        "sarif",
        "junit",
        "markdown",
        "github",
        "compliance",
    ] {
        let out = tfgate()
            .args(["check", "--select", "secrets", "--format", format])
            .args(fixtures)
            .output()
            .expect("runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{format}: {stderr}");
        assert!(stdout.contains("TFG-SEC-001"), "{format}: {stdout}");
        for secret in secrets {
            assert!(
                !stdout.contains(secret) && !stderr.contains(secret),
                "{format} prints {secret}"
            );
        }
    }
}

/// Unknowns refined by what is known (issue 18 item 18): `"${var.ip}/32"` is one address and
/// a VPC's range is never the internet, so a rule from either is decided (passed), not left
/// undecided; a template ending in `/0` stays undecided (the address family is unknown).
#[test]
fn refined_unknown_ranges_are_decided() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
variable "admin_ip" { type = string }
data "aws_vpc" "main" { id = "vpc-1" }
resource "aws_security_group" "admin" {
  name        = "admin"
  description = "admin"
}
resource "aws_security_group_rule" "from_admin" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "ssh from the admin"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["${var.admin_ip}/32"]
}
resource "aws_security_group_rule" "from_vpc" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "ssh from the VPC"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [data.aws_vpc.main.cidr_block]
}
resource "aws_security_group_rule" "from_anywhere_maybe" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "ssh from a range of unknown family"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["${var.admin_ip}/0"]
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    let stats = rules
        .iter()
        .find(|r| r["rule_id"] == "TFG-NET-001")
        .expect("TFG-NET-001 ran");
    assert_eq!(stats["passed"].as_u64(), Some(2), "{stats}");
    assert_eq!(stats["undecided"].as_u64(), Some(1), "{stats}");
}

/// A trail's key and log group given by reference are set although their ARNs are known only
/// after apply (issue 18 item 18): the trail rules pass them instead of leaving them undecided.
#[test]
fn trail_settings_given_by_reference_are_set() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
resource "aws_kms_key" "trail" { description = "trail" }
resource "aws_cloudwatch_log_group" "trail" { name = "trail" }
resource "aws_sns_topic" "trail" { name = "trail" }
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "audit-logs"
  kms_key_id                 = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  sns_topic_name             = aws_sns_topic.trail.arn
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    for id in ["TFG-CT-003", "TFG-CT-004", "TFG-CT-008"] {
        let stats = rules
            .iter()
            .find(|r| r["rule_id"] == id)
            .unwrap_or_else(|| panic!("{id} ran"));
        assert_eq!(stats["passed"].as_u64(), Some(1), "{id}: {stats}");
    }
}

/// A bucket the configuration does not declare, seen through its ACL alone, is undecided for
/// "has no public access block" (its stack may have one), never passed or skipped (issue 18
/// item 1); with a public access block of its own here, it passes.
#[test]
fn an_external_bucket_without_a_block_here_is_undecided() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
resource "aws_s3_bucket_acl" "other" {
  bucket = "other-stack-bucket"
  acl    = "private"
}
resource "aws_s3_bucket_public_access_block" "third" {
  bucket                  = "third-stack-bucket"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    let stats = rules
        .iter()
        .find(|r| r["rule_id"] == "TFG-S3-001")
        .expect("TFG-S3-001 ran");
    assert_eq!(stats["undecided"].as_u64(), Some(1), "{stats}");
    assert_eq!(stats["passed"].as_u64(), Some(1), "{stats}");
    assert_eq!(stats["failed"].as_u64(), Some(0), "{stats}");
}

/// A policy the configuration creates is a customer managed policy: attaching it by
/// reference (`aws_iam_policy.x.arn`, known only after apply) passes the AWS managed policy
/// rules instead of leaving them undecided.
#[test]
fn attaching_a_policy_of_the_configuration_is_no_managed_policy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "*" }] })
}
resource "aws_iam_role_policy_attachment" "deploy" {
  role       = "deployer"
  policy_arn = aws_iam_policy.deploy.arn
}
resource "aws_iam_role" "deployer" {
  name                = "deployer"
  assume_role_policy  = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
  managed_policy_arns = [aws_iam_policy.deploy.arn]
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    for id in ["TFG-IAM-012", "TFG-IAM-013"] {
        let stats = rules
            .iter()
            .find(|r| r["rule_id"] == id)
            .unwrap_or_else(|| panic!("{id} ran"));
        assert_eq!(stats["passed"].as_u64(), Some(2), "{id}: {stats}");
        assert_eq!(stats["undecided"].as_u64(), Some(0), "{id}: {stats}");
    }
}

/// An access key of a user whose name is a template with known text that cannot spell
/// `root` (`"svc-${var.team}"`) passes TFG-IAM-018 instead of staying undecided, and
/// TFG-IAM-019 counts the keys of that one user together.
#[test]
fn access_keys_of_a_user_named_by_a_template_are_decided() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = r#"
variable "team" {
  type = string
}
resource "aws_iam_user" "team" {
  name = "svc-${var.team}"
}
resource "aws_iam_access_key" "team" {
  user = aws_iam_user.team.name
}
"#;
    write(dir.path(), "main.tf", config.as_bytes());
    let (_, report) = check_json(dir.path());
    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    for id in ["TFG-IAM-018", "TFG-IAM-019"] {
        let stats = rules
            .iter()
            .find(|r| r["rule_id"] == id)
            .unwrap_or_else(|| panic!("{id} ran"));
        assert_eq!(stats["passed"].as_u64(), Some(1), "{id}: {stats}");
        assert_eq!(stats["undecided"].as_u64(), Some(0), "{id}: {stats}");
    }
}
