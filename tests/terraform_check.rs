//! Terraform itself judges what the fixes write: every fix fixture's expected result
//! (`testdata/fixes/<rule>/*.fixed`, which `tests/fix_fixtures.rs` holds `--fix` to) must be
//! `terraform fmt`-clean where its input is, and must pass `terraform validate` against the
//! AWS provider (all fixtures as modules of one root, so the provider schema loads once).
//!
//! Needs `terraform` on the PATH and a filesystem mirror of the AWS provider
//! (`/opt/tf-plugins`, or the directory `TFGATE_TF_PLUGINS` names); where either is missing
//! the tests print that they were skipped and pass, so the suite runs anywhere.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// A Terraform CLI configuration in `dir` that installs providers from `mirror` only.
fn cli_config(dir: &Path, mirror: Option<&Path>) -> PathBuf {
    let path = dir.join("cli.tfrc");
    let text = match mirror {
        Some(m) => format!(
            "provider_installation {{\n  filesystem_mirror {{\n    path    = \"{}\"\n    include = [\"registry.terraform.io/hashicorp/aws\"]\n  }}\n}}\n",
            m.display()
        ),
        None => String::new(),
    };
    std::fs::write(&path, text).expect("write CLI config");
    path
}

fn terraform(config: &Path, dir: &Path, args: &[&str], stdin: Option<&str>) -> Option<Output> {
    use std::io::Write as _;
    let mut child = Command::new("terraform")
        .current_dir(dir)
        .env("TF_CLI_CONFIG_FILE", config)
        .env("TF_IN_AUTOMATION", "1")
        .env("CHECKPOINT_DISABLE", "1")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().ok()
}

/// True when `terraform` runs here; otherwise says the test is skipped.
fn have_terraform(test: &str) -> bool {
    let ok = Command::new("terraform")
        .arg("version")
        .env("TF_CLI_CONFIG_FILE", "/dev/null")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED {test}: terraform is not installed");
    }
    ok
}

fn fmt_clean(config: &Path, dir: &Path, text: &str) -> bool {
    terraform(
        config,
        dir,
        &["fmt", "-check", "-no-color", "-"],
        Some(text),
    )
    .is_some_and(|o| o.status.success())
}

#[test]
fn fixes_leave_fmt_clean_files_fmt_clean() {
    if !have_terraform("fixes_leave_fmt_clean_files_fmt_clean") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let config = cli_config(tmp.path(), None);
    let mut checked = 0;
    let mut problems = Vec::new();
    for dir in fixtures() {
        for entry in std::fs::read_dir(&dir)
            .expect("fixture")
            .filter_map(Result::ok)
        {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if !name.ends_with(".tf") {
                continue;
            }
            let fixed = dir.join(format!("{name}.fixed"));
            let (Ok(input), Ok(output)) = (
                std::fs::read_to_string(&path),
                std::fs::read_to_string(&fixed),
            ) else {
                continue;
            };
            if !fmt_clean(&config, tmp.path(), &input) {
                continue;
            }
            checked += 1;
            if !fmt_clean(&config, tmp.path(), &output) {
                let formatted = terraform(
                    &config,
                    tmp.path(),
                    &["fmt", "-no-color", "-"],
                    Some(&output),
                )
                .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
                .unwrap_or_default();
                problems.push(format!(
                    "{}: not terraform fmt-clean after the fix:\n{}",
                    fixed.display(),
                    similar::TextDiff::from_lines(output.as_str(), formatted.as_str())
                        .unified_diff()
                        .header("fix", "terraform fmt")
                ));
            }
        }
    }
    assert!(
        checked >= 20,
        "only {checked} fmt-clean fixture inputs with a fixed twin"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn fixed_configurations_pass_terraform_validate() {
    if !have_terraform("fixed_configurations_pass_terraform_validate") {
        return;
    }
    let mirror = std::env::var_os("TFGATE_TF_PLUGINS")
        .map_or_else(|| PathBuf::from("/opt/tf-plugins"), PathBuf::from);
    if !mirror.join("registry.terraform.io/hashicorp/aws").is_dir() {
        eprintln!(
            "SKIPPED fixed_configurations_pass_terraform_validate: no AWS provider mirror at {} (set TFGATE_TF_PLUGINS)",
            mirror.display()
        );
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let config = cli_config(tmp.path(), Some(&mirror));
    let root = tmp.path().join("root");
    std::fs::create_dir_all(&root).expect("root");
    let mut main = String::from(
        "provider \"aws\" {\n  region                      = \"eu-west-1\"\n  access_key                  = \"mock\"\n  secret_key                  = \"mock\"\n  skip_credentials_validation = true\n  skip_requesting_account_id  = true\n  skip_metadata_api_check     = true\n}\n",
    );
    for dir in fixtures() {
        let id = dir.file_name().expect("name").to_string_lossy().to_string();
        let module = root.join(&id);
        std::fs::create_dir_all(&module).expect("module dir");
        for entry in std::fs::read_dir(&dir)
            .expect("fixture")
            .filter_map(Result::ok)
        {
            let name = entry.file_name().to_string_lossy().to_string();
            if let Some(input) = name.strip_suffix(".fixed") {
                std::fs::copy(entry.path(), module.join(input)).expect("copy");
            } else if !dir.join(format!("{name}.fixed")).exists() {
                std::fs::copy(entry.path(), module.join(&name)).expect("copy");
            }
        }
        main.push_str(&format!(
            "\nmodule \"{}\" {{\n  source = \"./{id}\"\n}}\n",
            id.replace('-', "_")
        ));
    }
    std::fs::write(root.join("main.tf"), main).expect("root main.tf");
    let init = terraform(
        &config,
        &root,
        &["init", "-backend=false", "-input=false", "-no-color"],
        None,
    )
    .expect("terraform runs");
    assert!(
        init.status.success(),
        "terraform init: {}{}",
        String::from_utf8_lossy(&init.stdout),
        String::from_utf8_lossy(&init.stderr)
    );
    let validate =
        terraform(&config, &root, &["validate", "-no-color"], None).expect("terraform runs");
    assert!(
        validate.status.success(),
        "terraform validate rejects a fixed configuration:\n{}{}",
        String::from_utf8_lossy(&validate.stdout),
        String::from_utf8_lossy(&validate.stderr)
    );
}
