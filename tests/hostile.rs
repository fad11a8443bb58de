//! Hostile input end to end (issue 24, and issue 23's tfvars and `--var` items): tfgate runs
//! on untrusted pull requests, so every byte of the scanned tree is attacker-controlled. Each
//! test crafts its hostile project at run time in a temporary directory (nothing hostile is
//! committed, so the repository's own scan never trips on it) and runs the real binary.
//!
//! The binary runs with a safety net: a wall-clock kill switch and an address-space cap, so a
//! regression that hangs or runs away fails its test instead of hanging CI or exhausting the
//! machine. Neither is a timing or memory assertion: the limits asserted are tfgate's own,
//! set low through its flags where the default would take long in a debug build.

use std::collections::BTreeSet;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The safety net's wall clock: far beyond what any of these runs needs when tfgate holds.
const KILL_AFTER: Duration = Duration::from_secs(120);
/// The safety net's address-space cap, in KiB (4 GiB: evaluation threads reserve large
/// stacks, which count here although they are never touched).
const ADDRESS_SPACE_KIB: u64 = 4 * 1024 * 1024;

/// What a run printed and how it ended.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "a JSON report (exit {:?}): {e}\nstdout: {}\nstderr: {}",
                self.code,
                self.text(),
                self.stderr
            )
        })
    }
}

/// Runs tfgate in `dir` under the safety net.
fn tfgate(dir: &Path, args: &[&str]) -> Run {
    tfgate_with(dir, args, &[])
}

fn tfgate_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!(
            "ulimit -v {ADDRESS_SPACE_KIB} 2>/dev/null; exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_tfgate"))
        .args(args)
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", "2")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("GITHUB_ACTIONS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    run_with_kill_switch(cmd)
}

/// Runs a command, killing it if it outlives [`KILL_AFTER`].
fn run_with_kill_switch(mut cmd: Command) -> Run {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the command starts");
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));
    let deadline = Instant::now() + KILL_AFTER;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the run did not end within {KILL_AFTER:?}: killed by the test's safety net");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = out.join().expect("stdout reader");
    let stderr = String::from_utf8_lossy(&err.join().expect("stderr reader")).into_owned();
    assert!(
        status.code().is_some(),
        "tfgate was killed by a signal ({status}): a crash, not an input error\nstderr: {stderr}"
    );
    Run {
        code: status.code(),
        stdout,
        stderr,
    }
}

/// A scanned tree (a git checkout: it has `.git/`) beside a directory outside it, both in
/// one temporary directory.
struct Project {
    base: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let base = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(base.path().join("tree/.git")).expect("tree");
        std::fs::create_dir_all(base.path().join("outside")).expect("outside");
        Project { base }
    }

    fn tree(&self) -> PathBuf {
        self.base.path().join("tree")
    }

    fn outside(&self) -> PathBuf {
        self.base.path().join("outside")
    }

    /// Writes a file under the tree.
    fn write(&self, rel: impl AsRef<Path>, bytes: impl AsRef<[u8]>) -> PathBuf {
        write(&self.tree().join(rel), bytes.as_ref())
    }

    /// Writes a file outside the tree.
    fn write_outside(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        write(&self.outside().join(rel), bytes.as_ref())
    }

    /// Makes `rel` in the tree a symlink to `target`.
    fn link(&self, rel: impl AsRef<Path>, target: impl AsRef<Path>) {
        let path = self.tree().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("dirs");
        }
        std::os::unix::fs::symlink(target, path).expect("symlink");
    }

    /// `tfgate check --format json ARGS... .` in the tree.
    fn check_json(&self, args: &[&str]) -> (i32, Value) {
        let mut all = vec!["check", "--format", "json"];
        all.extend(args);
        all.push(".");
        let run = tfgate(&self.tree(), &all);
        (run.code.unwrap_or(-1), run.json())
    }
}

fn write(path: &Path, bytes: &[u8]) -> PathBuf {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("dirs");
    }
    std::fs::write(path, bytes).expect("write");
    path.to_path_buf()
}

/// A KMS key without rotation: one TFG-ENC-022 finding on `aws_kms_key.NAME`, the marker
/// that a file was read and evaluated.
fn key(name: &str) -> String {
    format!(
        "resource \"aws_kms_key\" \"{name}\" {{\n  description = \"{name}\"\n  policy      = \"{{}}\"\n}}\n"
    )
}

/// The resources findings are reported on.
fn flagged(report: &Value) -> BTreeSet<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["resource"].as_str().map(String::from))
        .collect()
}

/// The input errors of a report as (code, file, message).
fn errors(report: &Value) -> Vec<(String, String, String)> {
    report["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("code"), s("file"), s("message"))
        })
        .collect()
}

/// Asserts an input error whose file ends with `file` and whose message contains `says`.
fn has_error(report: &Value, file: &str, says: &str) {
    let errors = errors(report);
    assert!(
        errors
            .iter()
            .any(|(_, f, m)| f.ends_with(file) && m.contains(says)),
        "no error on {file:?} saying {says:?}: {errors:#?}"
    );
}

/// Asserts a `limit` error naming `flag` (the flag that raises the limit).
fn has_limit_error(report: &Value, flag: &str) {
    let errors = errors(report);
    assert!(
        errors
            .iter()
            .any(|(code, _, m)| code == "limit" && m.contains(flag)),
        "no limit error naming {flag}: {errors:#?}"
    );
}

// ---------------------------------------------------------------------------------------
// 1. Files Terraform loads are never hidden by ignore files, names or symlinked roots.
// ---------------------------------------------------------------------------------------

#[test]
fn files_listed_in_ignore_files_are_still_scanned() {
    // Git checks out a force-added file whatever .gitignore says, and Terraform loads every
    // .tf file of the directory it runs in.
    let p = Project::new();
    p.write("main.tf", key("good"));
    p.write(".gitignore", "evil_git.tf\n");
    p.write(".ignore", "evil_ignore.tf\n");
    p.write(".git/info/exclude", "evil_exclude.tf\n");
    p.write("evil_git.tf", key("evil_git"));
    p.write("evil_ignore.tf", key("evil_ignore"));
    p.write("evil_exclude.tf", key("evil_exclude"));
    p.write("sub/.gitignore", "*.tf\n");
    p.write("sub/main.tf", key("evil_sub"));
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 1, "{report}");
    let flagged = flagged(&report);
    for name in [
        "good",
        "evil_git",
        "evil_ignore",
        "evil_exclude",
        "evil_sub",
    ] {
        assert!(
            flagged.contains(&format!("aws_kms_key.{name}")),
            "aws_kms_key.{name} was not checked: {flagged:?}"
        );
    }
}

#[test]
fn ignored_directories_are_still_pruned() {
    // What ignore files may do: prune directories nobody runs Terraform in.
    let p = Project::new();
    p.write("main.tf", key("good"));
    p.write(".gitignore", "scratch/\n");
    p.write("scratch/main.tf", key("scratch"));
    let (_, report) = p.check_json(&[]);
    assert_eq!(
        flagged(&report),
        BTreeSet::from(["aws_kms_key.good".to_string()])
    );
}

#[test]
fn variable_files_listed_in_gitignore_are_loaded() {
    // GitHub's standard Terraform .gitignore ignores *.tfvars; Terraform still loads
    // terraform.tfvars and *.auto.tfvars, so a local run must evaluate as `terraform plan`.
    let p = Project::new();
    p.write(".gitignore", "*.tfvars\n*.tfvars.json\n");
    p.write(
        "main.tf",
        "variable \"a\" {\n  default = true\n}\nvariable \"b\" {\n  default = true\n}\n\
         resource \"aws_kms_key\" \"ka\" {\n  description         = \"a\"\n  enable_key_rotation = var.a\n  policy              = \"{}\"\n}\n\
         resource \"aws_kms_key\" \"kb\" {\n  description         = \"b\"\n  enable_key_rotation = var.b\n  policy              = \"{}\"\n}\n",
    );
    p.write("terraform.tfvars", "a = false\n");
    p.write("x.auto.tfvars.json", "{\"b\": false}\n");
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        flagged(&report),
        BTreeSet::from(["aws_kms_key.ka".to_string(), "aws_kms_key.kb".to_string()]),
        "the ignored variable files set rotation off"
    );
}

#[test]
fn a_file_whose_name_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt as _;
    let p = Project::new();
    p.write("main.tf", key("good"));
    p.write(
        std::ffi::OsStr::from_bytes(b"evil\xff.tf"),
        key("evil_name"),
    );
    p.write(
        Path::new(std::ffi::OsStr::from_bytes(b"dir\xfe")).join("main.tf"),
        key("evil_dir"),
    );
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 1, "{report}");
    let flagged = flagged(&report);
    for name in ["good", "evil_name", "evil_dir"] {
        assert!(
            flagged.contains(&format!("aws_kms_key.{name}")),
            "aws_kms_key.{name} was not checked: {flagged:?}"
        );
    }
}

#[test]
fn a_root_reached_only_through_a_symlink_is_scanned() {
    // `prod -> .real/prod`: Terraform run in prod/ loads the files; the walk skips hidden
    // and ignored directories, so the link is the only way in.
    let p = Project::new();
    p.write(".real/prod/main.tf", key("prod"));
    p.link("prod", ".real/prod");
    p.write(".gitignore", "vendor/\n");
    p.write("vendor/stage/main.tf", key("stage"));
    p.link("stage", "vendor/stage");
    // A link to a directory the walk reaches anyway is not scanned twice.
    p.write("shared/main.tf", key("shared"));
    p.link("alias", "shared");
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 1, "{report}");
    let files: Vec<(String, String)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["resource"].as_str().unwrap_or_default().to_string(),
                f["location"]["file"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect();
    assert_eq!(
        files,
        [
            ("aws_kms_key.prod".to_string(), "prod/main.tf".to_string()),
            (
                "aws_kms_key.shared".to_string(),
                "shared/main.tf".to_string()
            ),
            ("aws_kms_key.stage".to_string(), "stage/main.tf".to_string()),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// 2. Modules that are not downloaded are counted, and can be required.
// ---------------------------------------------------------------------------------------

#[test]
fn modules_not_downloaded_are_counted_and_can_be_required() {
    let p = Project::new();
    p.write(
        "main.tf",
        format!(
            "{}module \"vpc\" {{\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.0.0\"\n}}\n\
             module \"logs\" {{\n  source = \"git::https://example.com/logs.git\"\n}}\n",
            key("good")
        ),
    );
    let text = tfgate(&p.tree(), &["check", "--color", "never", "."]);
    assert_eq!(text.code, Some(1), "{}", text.text());
    assert!(
        text.text()
            .contains("2 modules not checked: run `terraform get`"),
        "{}",
        text.text()
    );
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["summary"]["modules_not_checked"], 2, "{report}");
    let (code, report) = p.check_json(&["--require-modules"]);
    assert_eq!(code, 2, "{report}");
    let missing: Vec<String> = errors(&report)
        .into_iter()
        .filter(|(c, _, _)| c == "module-not-found")
        .map(|(_, _, m)| m)
        .collect();
    assert_eq!(missing.len(), 2, "{report}");
}

// ---------------------------------------------------------------------------------------
// 3. and 4. Scanned content cannot forge output.
// ---------------------------------------------------------------------------------------

/// A project whose values, file names, suppression reasons, baseline and exceptions
/// register carry workflow commands, terminal escapes and Markdown/HTML.
fn forging_project() -> Project {
    let p = Project::new();
    let payload = r"x\n::stop-commands::pwn\n::error::fake\r::warning::cr\u001b[2J\u0007 <!-- [click](https://evil.example) @org/team <img src=x> `code` *b* _i_ | cell";
    p.write(
        "main.tf",
        format!(
            "resource \"aws_s3_bucket\" \"b\" {{\n  bucket = \"{payload}\"\n}}\n\n\
             # tfgate:ignore TFG-ENC-022 -- accepted \x1b]0;title\x07 reason\x1b[2J <b>bold</b> @org\n\
             {}",
            key("k")
        ),
    );
    p.write("odd\n::error file=x::fake file\x1b[31m.tf", key("odd"));
    let baseline = serde_json::json!({
        "tool": "tfgate",
        "version": 1,
        "findings": [{
            "rule": "TFG-S3-001",
            "root": ".",
            "resource": "aws_s3_bucket.gone\n::stop-commands::base\u{1b}[2J",
            "path": "",
            "message": "m\n::error::baseline",
        }],
    });
    p.write("baseline.json", baseline.to_string());
    p.write(
        ".tfgate-exceptions.toml",
        "[[exception]]\nrule = \"TFG-S3-010\"\nresource = \"aws_s3_bucket.b\"\n\
         reason = \"r\\n::error::exception\\u001b[2J <script>\"\nticket = \"T-1\\n::error::t\"\n\
         approved-by = \"a@example.com\\r::warning::x\"\nexpires = 2099-01-01\n",
    );
    p
}

/// Control characters a human-readable report must never emit raw (line feeds and tabs are
/// the report's own layout).
fn raw_controls(out: &[u8]) -> Vec<u8> {
    out.iter()
        .copied()
        .filter(|&b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f)
        .collect()
}

#[test]
fn scanned_content_is_escaped_in_every_human_readable_format() {
    let p = forging_project();
    for format in [
        "text",
        "github",
        "junit",
        "markdown",
        "compliance",
        "compliance-markdown",
    ] {
        let run = tfgate(
            &p.tree(),
            &[
                "check",
                "--color",
                "never",
                "--verbose",
                "--baseline",
                "baseline.json",
                "--format",
                format,
                ".",
            ],
        );
        assert!(matches!(run.code, Some(1 | 2)), "{format}: {}", run.stderr);
        let out = run.text();
        assert_eq!(
            raw_controls(&run.stdout),
            Vec::<u8>::new(),
            "{format}: raw control characters in\n{out}"
        );
        for line in out.lines() {
            let annotation = format == "github"
                && ["::error file=", "::warning file=", "::notice file="]
                    .iter()
                    .any(|a| line.starts_with(a));
            assert!(
                annotation || !line.trim_start().starts_with("::"),
                "{format}: a line that is a workflow command: {line:?}\n{out}"
            );
        }
        // The values are still shown, escaped (the compliance views show counts only).
        assert!(
            format.starts_with("compliance")
                || out.contains(r"\n::stop-commands::pwn")
                || out.contains("%0A::stop-commands::pwn"),
            "{format}: the bucket name is missing or not escaped:\n{out}"
        );
    }
    // A text report with colour keeps its own escapes but never the content's.
    let run = tfgate(&p.tree(), &["check", "--color", "always", "."]);
    let out = run.text();
    assert!(!out.contains("\x1b[2J"), "{out}");
    assert!(out.contains(r"\x1b[2J"), "{out}");
}

#[test]
fn markdown_escapes_markdown_and_html_in_everything_built_from_content() {
    let p = forging_project();
    let run = tfgate(
        &p.tree(),
        &[
            "check",
            "--format",
            "markdown",
            "--baseline",
            "baseline.json",
            ".",
        ],
    );
    let out = run.text();
    assert!(!out.contains('\r'), "{out}");
    // Outside code spans (where Markdown renders nothing), no markup from content survives.
    let rendered = without_code_spans(&out);
    for raw in [
        "<!--",
        "<img",
        "<b>",
        "<script>",
        "[click](https://evil.example)",
        "https://evil",
        "@org",
        "*b*",
        "_i_",
    ] {
        assert!(
            !rendered.contains(raw),
            "{raw:?} passes into Markdown:\n{rendered}\n\n{out}"
        );
    }
    // Every table row keeps its columns: no `|` from content splits a cell.
    let header_cells = out
        .lines()
        .find(|l| l.starts_with("| Severity") || l.starts_with("| severity"))
        .map(|l| cells(l).len())
        .unwrap_or_else(|| panic!("a findings table:\n{out}"));
    for line in out.lines().filter(|l| l.starts_with('|')) {
        if line.starts_with("| Rule") || line.starts_with("| rule") {
            continue;
        }
        let n = cells(line).len();
        assert!(
            n == header_cells || line.starts_with("|--") || line.starts_with("| --"),
            "a row with {n} cells where the table has {header_cells}: {line:?}\n{out}"
        );
    }
}

/// Markdown with its code spans removed (a run of backticks opens one, the next run of the
/// same length closes it, as CommonMark reads them); backslash-escaped backticks stay text.
fn without_code_spans(md: &str) -> String {
    let b = md.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            out.extend_from_slice(&b[i..i + 2]);
            i += 2;
            continue;
        }
        if b[i] != b'`' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|&&c| c == b'`').count();
        let mut j = i + run;
        let mut close = None;
        while j < b.len() {
            let r = b[j..].iter().take_while(|&&c| c == b'`').count();
            if r == run {
                close = Some(j + r);
                break;
            }
            j += r.max(1);
        }
        match close {
            Some(end) => i = end,
            None => {
                out.extend_from_slice(&b[i..i + run]);
                i += run;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The cells of a Markdown table row: `|` separators not escaped with a backslash.
fn cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in line.trim().trim_matches('|').chars() {
        match c {
            '|' if !escaped => cells.push(std::mem::take(&mut cell)),
            '\\' if !escaped => {
                escaped = true;
                cell.push(c);
                continue;
            }
            _ => cell.push(c),
        }
        escaped = false;
    }
    cells.push(cell);
    cells
}

// ---------------------------------------------------------------------------------------
// 5. `--diff` cannot be steered to another file.
// ---------------------------------------------------------------------------------------

#[test]
fn diff_headers_quote_paths_so_git_apply_patches_only_scanned_files() {
    let p = Project::new();
    let bucket = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n";
    // The scanned directory's name forges headers naming main.tf at the top of the checkout,
    // a file outside the scanned path with the same text (so the hunk would apply there):
    // unquoted, `git apply` patches that file.
    let forged = "A\n--- a/main.tf\n+++ b";
    p.write(Path::new("infra").join(forged).join("main.tf"), bucket);
    p.write("main.tf", bucket);
    let diff = tfgate(&p.tree(), &["check", "--diff", "infra"]);
    assert_eq!(diff.code, Some(1), "{}", diff.stderr);
    let text = diff.text();
    for line in text.lines() {
        assert!(
            !line.starts_with("--- a/main.tf") && !line.starts_with("+++ b/main.tf"),
            "a forged header line: {line:?}\n{text}"
        );
    }
    assert!(
        text.contains(r#"--- "a/infra/A\n--- a/main.tf\n+++ b/main.tf""#),
        "the path is quoted as git quotes it:\n{text}"
    );
    let mut apply = Command::new("git");
    apply
        .args(["apply", "--unsafe-paths", "-"])
        .current_dir(p.tree())
        .stdin(Stdio::piped());
    let mut child = apply
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("git apply");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(&diff.stdout).expect("diff to git apply");
    }
    let applied = child.wait_with_output().expect("git apply ends");
    assert!(
        applied.status.success(),
        "git apply: {}",
        String::from_utf8_lossy(&applied.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(p.tree().join("main.tf")).expect("victim"),
        bucket,
        "git apply patched a file the scan never saw"
    );
    let fixed = std::fs::read_to_string(p.tree().join("infra").join(forged).join("main.tf"))
        .expect("fixed");
    assert_ne!(fixed, bucket, "the scanned file is patched");
}

#[test]
fn diff_headers_quote_unusual_characters_like_git() {
    let p = Project::new();
    let bucket = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n";
    p.write("tab\there/q\"uote\\é.tf", bucket);
    p.write("plain dir/main.tf", bucket);
    let diff = tfgate(&p.tree(), &["check", "--diff", "."]).text();
    assert!(
        diff.contains("--- \"a/tab\\there/q\\\"uote\\\\\\303\\251.tf\"\n"),
        "{diff}"
    );
    // Git leaves spaces unquoted (and marks the end of such a name with a tab).
    assert!(diff.contains("--- a/plain dir/main.tf"), "{diff}");
}

// ---------------------------------------------------------------------------------------
// 6. Nothing outside the tree is read or written, whichever code path opens it.
// ---------------------------------------------------------------------------------------

const OUTSIDE_BUCKET: &str =
    "resource \"aws_s3_bucket\" \"outside\" {\n  bucket = \"outside-secret-name\"\n}\n";

#[test]
fn module_files_linked_outside_are_neither_read_nor_fixed() {
    // Module directories the walk does not visit: hidden, ignored, and downloaded ones.
    for dir in [".mods/m", "vendored/m", ".terraform/modules/m"] {
        let p = Project::new();
        let victim = p.write_outside("main.tf", OUTSIDE_BUCKET);
        p.write(".gitignore", "vendored/\n");
        let source = if dir.starts_with(".terraform") {
            p.write(
                ".terraform/modules/modules.json",
                r#"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"m","Source":"registry.terraform.io/x/y/aws","Dir":".terraform/modules/m"}]}"#,
            );
            "x/y/aws".to_string()
        } else {
            format!("./{dir}")
        };
        p.write(
            "main.tf",
            format!(
                "{}module \"m\" {{\n  source = \"{source}\"\n}}\n",
                key("good")
            ),
        );
        p.link(Path::new(dir).join("main.tf"), &victim);
        let (code, report) = p.check_json(&[]);
        assert_eq!(code, 2, "{dir}: {report}");
        assert!(
            !report.to_string().contains("outside-secret-name")
                && !flagged(&report).iter().any(|r| r.contains("outside")),
            "{dir}: the outside file was read: {report}"
        );
        has_error(&report, &format!("{dir}/main.tf"), "outside");
        let fix = tfgate(&p.tree(), &["check", "--fix", "--unsafe-fixes", "."]);
        assert!(fix.code.is_some());
        assert_eq!(
            std::fs::read_to_string(&victim).expect("victim"),
            OUTSIDE_BUCKET,
            "{dir}: --fix rewrote a file outside the tree"
        );
    }
}

#[test]
fn a_module_manifest_linked_outside_or_to_a_device_is_refused() {
    // Linked outside: the manifest there lists a module directory inside the tree, so the
    // module's finding shows whether the outside manifest was read.
    let p = Project::new();
    p.write("main.tf", "module \"m\" {\n  source = \"x/y/aws\"\n}\n");
    p.write(".terraform/modules/m/main.tf", key("via_outside_manifest"));
    let manifest = p.write_outside(
        "modules.json",
        r#"{"Modules":[{"Key":"m","Source":"registry.terraform.io/x/y/aws","Dir":".terraform/modules/m"}]}"#,
    );
    p.link(".terraform/modules/modules.json", &manifest);
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 2, "{report}");
    assert!(
        !flagged(&report).contains("module.m.aws_kms_key.via_outside_manifest"),
        "the outside manifest was read: {report}"
    );
    has_error(&report, ".terraform/modules/modules.json", "outside");
    // Linked to /dev/zero: no unbounded read.
    let p = Project::new();
    p.write(
        "main.tf",
        format!(
            "{}module \"m\" {{\n  source = \"x/y/aws\"\n}}\n",
            key("good")
        ),
    );
    p.link(".terraform/modules/modules.json", "/dev/zero");
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 2, "{report}");
    has_error(&report, ".terraform/modules/modules.json", "");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
}

#[test]
fn fix_refuses_symlinks_and_files_with_other_hard_links() {
    let p = Project::new();
    // A hard link to a file outside: the same file, which canonicalising cannot reveal.
    let victim = p.write_outside("victim.tf", key("hard"));
    std::fs::create_dir_all(p.tree().join("hard")).expect("dir");
    std::fs::hard_link(&victim, p.tree().join("hard/main.tf")).expect("hard link");
    // A symlink inside the tree to another file inside it: writing through it edits a file
    // the user did not ask to fix under that name.
    let shared = p.write("shared/key.tf", key("linked"));
    p.link("prod/key.tf", "../shared/key.tf");
    let run = tfgate(
        &p.tree(),
        &[
            "check",
            "--fix",
            "--unsafe-fixes",
            "--format",
            "json",
            "hard",
            "prod",
        ],
    );
    let report = run.json();
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        key("hard"),
        "--fix wrote through a hard link: {report}"
    );
    assert_eq!(
        std::fs::read_to_string(&shared).expect("shared"),
        key("linked"),
        "--fix wrote through a symlink: {report}"
    );
    assert!(
        std::fs::symlink_metadata(p.tree().join("prod/key.tf"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
    // The findings stay, with the reason their fix was not written.
    let flagged = flagged(&report);
    assert!(flagged.contains("aws_kms_key.hard") && flagged.contains("aws_kms_key.linked"));
    let text = report.to_string();
    assert!(
        text.contains("hard link") && text.contains("symlink"),
        "the reason is given: {report}"
    );
}

// ---------------------------------------------------------------------------------------
// 7. Paths in the configuration are confined to the repository; every read is bounded.
// ---------------------------------------------------------------------------------------

#[test]
fn configuration_paths_outside_the_repository_are_refused() {
    let setups: [(&str, &str); 4] = [
        ("var-files", "var-files = [\"../outside/secret.tfvars\"]\n"),
        ("var-files", "var-files = [\"OUTSIDE/secret.tfvars\"]\n"),
        ("baseline", "baseline = \"../outside/baseline.json\"\n"),
        ("exceptions", "exceptions = \"OUTSIDE/exceptions.toml\"\n"),
    ];
    for (key_name, config) in setups {
        let p = Project::new();
        p.write_outside("secret.tfvars", "name = \"outside-secret-value\"\n");
        p.write_outside(
            "baseline.json",
            r#"{"tool":"tfgate","version":1,"findings":[{"rule":"TFG-S3-001","root":".","resource":"outside-secret-value","path":""}]}"#,
        );
        p.write_outside(
            "exceptions.toml",
            "[[exception]]\nrule = \"TFG-ENC-022\"\nresource = \"*\"\nreason = \"outside-secret-value\"\n\
             ticket = \"T\"\napproved-by = \"a\"\nexpires = 2099-01-01\n",
        );
        let outside = p.outside().display().to_string();
        p.write(".tfgate.toml", config.replace("OUTSIDE", &outside));
        p.write(
            "main.tf",
            format!(
                "variable \"name\" {{\n  default = \"inside\"\n}}\n\
                 resource \"aws_s3_bucket\" \"b\" {{\n  bucket = var.name\n}}\n{}",
                key("good")
            ),
        );
        let run = tfgate(&p.tree(), &["check", "--format", "json", "--verbose", "."]);
        let report = run.json();
        assert_eq!(run.code, Some(2), "{key_name}: {report}");
        assert!(
            !run.text().contains("outside-secret-value")
                && !run.stderr.contains("outside-secret-value"),
            "{key_name}: an outside file was read: {report}"
        );
        has_error(&report, ".tfgate.toml", "outside");
        // The rest is still checked.
        assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
    }
}

#[test]
fn configuration_paths_to_devices_are_refused_without_reading_them() {
    for config in [
        "baseline = \"/dev/zero\"\n",
        "exceptions = \"/dev/zero\"\n",
        "var-files = [\"/dev/zero\"]\n",
    ] {
        let p = Project::new();
        p.write(".tfgate.toml", config);
        p.write("main.tf", key("good"));
        let (code, report) = p.check_json(&[]);
        assert_eq!(code, 2, "{config}: {report}");
        has_error(&report, ".tfgate.toml", "");
    }
    // Inside the tree, a link to a device is no better.
    let p = Project::new();
    p.link("baseline.json", "/dev/zero");
    p.write(".tfgate.toml", "baseline = \"baseline.json\"\n");
    p.write("main.tf", key("good"));
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 2, "{report}");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
}

// ---------------------------------------------------------------------------------------
// 8. Only regular files are read.
// ---------------------------------------------------------------------------------------

fn mkfifo(path: &Path) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("dirs");
    }
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[test]
fn fifos_in_the_tree_are_errors_not_hangs() {
    // Each case: a FIFO where tfgate would read a file, and the error that names it.
    let cases: [(&str, &str, &str); 5] = [
        ("evil.tf", "", "evil.tf"),
        ("terraform.tfvars", "", "terraform.tfvars"),
        (
            "pipe",
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = file(\"${path.module}/pipe\")\n}\n",
            "main.tf",
        ),
        (
            ".terraform/modules/modules.json",
            "module \"m\" {\n  source = \"x/y/aws\"\n}\n",
            "modules.json",
        ),
        (
            ".mods/m/main.tf",
            "module \"m\" {\n  source = \"./.mods/m\"\n}\n",
            ".mods/m/main.tf",
        ),
    ];
    for (fifo, extra, named) in cases {
        let p = Project::new();
        p.write("main.tf", format!("{}{extra}", key("good")));
        mkfifo(&p.tree().join(fifo));
        let (code, report) = p.check_json(&[]);
        assert_eq!(code, 2, "{fifo}: {report}");
        has_error(&report, named, "");
        assert!(
            flagged(&report).contains("aws_kms_key.good"),
            "{fifo}: {report}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// 9. File functions cannot read the checkout's git directory.
// ---------------------------------------------------------------------------------------

#[test]
fn file_functions_refuse_the_git_directory() {
    const TOKEN: &str = "ghs_0123456789abcdefSECRET";
    let p = Project::new();
    p.write(
        ".git/config",
        format!(
            "[remote \"origin\"]\n\turl = https://github.com/o/r\n[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic {TOKEN}\n"
        ),
    );
    p.write(
        "main.tf",
        format!(
            "{}resource \"aws_s3_bucket\" \"a\" {{\n  bucket = base64encode(file(\"${{path.module}}/.git/config\"))\n}}\n\
             resource \"aws_s3_bucket\" \"b\" {{\n  bucket = join(\"\", reverse(split(\"\", filebase64(\".git/config\"))))\n}}\n\
             resource \"aws_s3_bucket\" \"c\" {{\n  bucket = jsonencode(fileset(path.module, \".git/**\"))\n}}\n\
             module \"sub\" {{\n  source = \"./sub\"\n}}\n",
            key("good")
        ),
    );
    p.write(
        "sub/main.tf",
        "resource \"aws_s3_bucket\" \"d\" {\n  bucket = templatefile(\"${path.module}/../.git/config\", {})\n}\n",
    );
    let run = tfgate(&p.tree(), &["check", "--format", "json", "--verbose", "."]);
    let report = run.json();
    assert_eq!(run.code, Some(2), "{report}");
    let everything = format!("{}{}", run.text(), run.stderr);
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(TOKEN);
    let reversed: String = TOKEN.chars().rev().collect();
    for leak in [TOKEN, &encoded[..12], &reversed, "extraheader"] {
        assert!(!everything.contains(leak), "{leak:?} leaked: {everything}");
    }
    let git_errors = errors(&report)
        .into_iter()
        .filter(|(_, _, m)| m.contains(".git"))
        .count();
    assert!(git_errors >= 4, "each read of .git/ is an error: {report}");
}

#[test]
fn the_readme_action_example_does_not_persist_credentials() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    let checkout = readme
        .find("uses: actions/checkout")
        .expect("the Action example checks out");
    let step: String = readme[checkout..]
        .lines()
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with("- "))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        step.lines()
            .any(|l| l.trim().starts_with("persist-credentials: false")),
        "the checkout step keeps the token in .git/config:\n{step}"
    );
}

// ---------------------------------------------------------------------------------------
// 10. Bounded time and memory, whatever the input.
// ---------------------------------------------------------------------------------------

/// `locals` where each of `n` names doubles the previous one with `template`
/// (`{prev}` stands for the previous local), starting from `first`.
fn doubling(first: &str, template: &str, n: usize) -> String {
    let mut out = format!("locals {{\n  d0 = {first}\n");
    for i in 1..=n {
        let prev = format!("local.d{}", i - 1);
        out.push_str(&format!("  d{i} = {}\n", template.replace("{prev}", &prev)));
    }
    out.push_str("}\n");
    out
}

#[test]
fn doubling_templates_stop_at_the_value_size_limit() {
    let p = Project::new();
    p.write("main.tf", key("good"));
    p.write(
        "double.tf",
        format!(
            "{}resource \"aws_s3_bucket\" \"b\" {{\n  bucket = local.d40\n}}\n",
            doubling("\"xx\"", "\"${{prev}}${{prev}}\"", 40)
        ),
    );
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 2, "{report}");
    has_limit_error(&report, "--max-value-size");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
    // Lower limits hold too, and the default is not the only one.
    let (code, report) = p.check_json(&["--max-value-size", "4096"]);
    assert_eq!(code, 2, "{report}");
    has_limit_error(&report, "--max-value-size");
}

#[test]
fn doubling_collections_through_functions_and_equality_are_bounded() {
    // Each tuple holds the previous one twice: small in memory (shared), exponential once
    // walked. Every walk counts as work, and every value built counts its size.
    let uses = [
        "jsonencode(local.d60)",
        "yamlencode(local.d60)",
        "length(flatten(local.d60))",
        "local.d60 == local.e60 ? \"same\" : \"different\"",
        "sha256(tostring(jsonencode(local.d60)))",
        "length(distinct(flatten(local.d60)))",
        "length(toset([local.d60, local.e60]))",
    ];
    for used in uses {
        let p = Project::new();
        p.write("main.tf", key("good"));
        let twins = doubling("[\"x\", \"y\"]", "[{prev}, {prev}]", 60)
            + &doubling("[\"x\", \"y\"]", "[{prev}, {prev}]", 60)
                .replace("local.d", "local.e")
                .replace("  d", "  e");
        p.write(
            "double.tf",
            format!("{twins}resource \"aws_s3_bucket\" \"b\" {{\n  bucket = {used}\n}}\n"),
        );
        let (code, report) = p.check_json(&["--max-eval-steps", "2000000"]);
        assert_eq!(code, 2, "{used}: {report}");
        let errors = errors(&report);
        assert!(
            errors.iter().any(|(c, _, m)| c == "limit"
                && (m.contains("--max-eval-steps") || m.contains("--max-value-size"))),
            "{used}: {errors:#?}"
        );
        assert!(
            flagged(&report).contains("aws_kms_key.good"),
            "{used}: {report}"
        );
    }
}

#[test]
fn nested_module_fan_out_is_bounded_across_the_call_chain() {
    let p = Project::new();
    p.write(
        "main.tf",
        format!(
            "{}module \"a\" {{\n  source = \"./a\"\n  count  = 10000\n}}\n",
            key("good")
        ),
    );
    p.write(
        "a/main.tf",
        "module \"b\" {\n  source = \"../b\"\n  count  = 10000\n}\n",
    );
    p.write("b/main.tf", "resource \"aws_sqs_queue\" \"q\" {}\n");
    let (code, report) = p.check_json(&["--max-total-instances", "50000"]);
    assert_eq!(code, 2, "{report}");
    has_limit_error(&report, "--max-total-instances");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
}

#[test]
fn nested_dynamic_blocks_are_bounded() {
    let p = Project::new();
    p.write("main.tf", key("good"));
    p.write(
        "dyn.tf",
        "resource \"aws_security_group\" \"g\" {\n\
         \x20 dynamic \"ingress\" {\n    for_each = range(1000)\n    content {\n\
         \x20     dynamic \"a\" {\n        for_each = range(1000)\n        content {\n\
         \x20         dynamic \"b\" {\n            for_each = range(1000)\n            content {\n\
         \x20             x = 1\n            }\n          }\n        }\n      }\n    }\n  }\n}\n",
    );
    let (code, report) = p.check_json(&["--max-total-instances", "50000"]);
    assert_eq!(code, 2, "{report}");
    has_limit_error(&report, "--max-total-instances");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
}

#[test]
fn a_template_that_includes_itself_is_an_error() {
    // Terraform refuses templatefile inside a template ("cannot recursively call
    // templatefile from inside another template function").
    let p = Project::new();
    p.write("main.tf", format!("{}resource \"aws_s3_bucket\" \"b\" {{\n  bucket = templatefile(\"${{path.module}}/t.tpl\", {{}})\n}}\n", key("good")));
    p.write("t.tpl", "a${templatefile(\"t.tpl\", {})}b\n");
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 2, "{report}");
    has_error(&report, "main.tf", "recursive");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
}

#[test]
fn max_memory_turns_a_runaway_into_an_input_error() {
    // Many values (1,000 strings of 50 KB: range() stops at 1,024 values, as in Terraform),
    // each within every other limit, that together outgrow the memory bound.
    let p = Project::new();
    p.write("main.tf", key("good"));
    p.write(
        "big.tf",
        "locals {\n  row = join(\"\", [for i in range(1000) : \"0123456789012345678901234567890123456789012345678\"])\n\
         \x20 rows = [for i in range(1000) : \"${i}${local.row}\"]\n}\n\
         resource \"aws_s3_bucket\" \"b\" {\n  bucket = length(local.rows)\n}\n",
    );
    let (code, report) = p.check_json(&["--max-memory", "16M"]);
    assert_eq!(code, 2, "{report}");
    has_limit_error(&report, "--max-memory");
    assert!(flagged(&report).contains("aws_kms_key.good"), "{report}");
    // The default leaves such a file alone.
    let (code, report) = p.check_json(&[]);
    assert_eq!(code, 1, "{report}");
}

// ---------------------------------------------------------------------------------------
// 11. Deep nesting never overflows a stack.
// ---------------------------------------------------------------------------------------

#[test]
fn deep_nesting_is_a_parse_error_not_a_crash() {
    // 35,000 nested template interpolations: 175 KB. The run must end normally (the safety
    // net turns a crash into a failure) with a parse error at the file's first line.
    let cases: [(&str, String); 4] = [
        ("templates.tf", format!("x = \"{}\n", "${\"".repeat(35_000))),
        (
            "closed.tf",
            format!(
                "locals {{\n  x = {}1{}\n}}\n",
                "\"${".repeat(35_000),
                "}\"".repeat(35_000)
            ),
        ),
        (
            "brackets.tf",
            format!(
                "locals {{\n  x = {}{}\n}}\n",
                "[(".repeat(50_000),
                ")]".repeat(50_000)
            ),
        ),
        (
            "deep.tf.json",
            format!(
                "{{\"locals\": {{\"x\": {}1{}}}}}",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
        ),
    ];
    for (name, text) in cases {
        let p = Project::new();
        p.write("main.tf", key("good"));
        p.write(name, text);
        let (code, report) = p.check_json(&[]);
        assert_eq!(code, 2, "{name}: {report}");
        let errors = errors(&report);
        assert!(
            errors
                .iter()
                .any(|(c, f, _)| c == "parse-error" && f.ends_with(name)),
            "{name}: {errors:#?}"
        );
        assert!(
            flagged(&report).contains("aws_kms_key.good"),
            "{name}: {report}"
        );
    }
}

#[test]
fn deep_plans_and_variable_files_are_errors_not_crashes() {
    let p = Project::new();
    p.write(
        "main.tf",
        format!("variable \"v\" {{\n  default = 1\n}}\n{}", key("good")),
    );
    p.write(
        "deep.auto.tfvars",
        format!("v = {}1{}\n", "\"${".repeat(35_000), "}\"".repeat(35_000)),
    );
    p.write(
        "plan.json",
        format!(
            "{{\"format_version\":\"1.2\",\"planned_values\":{}1{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    );
    let run = tfgate(&p.tree(), &["check", "--format", "json", ".", "plan.json"]);
    let report = run.json();
    assert_eq!(run.code, Some(2), "{report}");
    has_error(&report, "deep.auto.tfvars", "");
    has_error(&report, "plan.json", "");
}

// ---------------------------------------------------------------------------------------
// Issue 23 item 7: `--var` for a variable no root declares is an error, as in Terraform.
// ---------------------------------------------------------------------------------------

#[test]
fn a_var_for_an_undeclared_variable_is_an_error() {
    let p = Project::new();
    p.write(
        "main.tf",
        format!(
            "variable \"rotate\" {{\n  default = true\n}}\n{}",
            key("good")
        ),
    );
    let (code, report) = p.check_json(&["--var", "rotat=false"]);
    assert_eq!(code, 2, "{report}");
    has_error(&report, "", "rotat");
    // A declared one is fine.
    let (code, report) = p.check_json(&["--var", "rotate=false"]);
    assert_eq!(code, 1, "{report}");
}

/// Policy files a hostile checkout points at outside itself are never read: a `policies`
/// entry of `.tfgate.toml` that leaves the checkout is a configuration error naming the file,
/// and a `*.policy.hcl` that is a symlink to a file outside is skipped. A policy's
/// `error_message` with terminal control characters and Markdown is escaped in the reports.
#[cfg(unix)]
#[test]
fn policy_files_stay_in_the_checkout_and_their_messages_are_escaped() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let outside = tmp.path().join("outside");
    std::fs::create_dir_all(&outside).expect("mkdir");
    let evil = "resource_policy \"aws_s3_bucket\" \"leak\" {\n  enforce {\n    condition     = false\n    error_message = \"OUTSIDE-POLICY-READ\"\n  }\n}\n";
    std::fs::write(outside.join("leak.policy.hcl"), evil).expect("write");
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).expect("mkdir");
    std::fs::create_dir_all(repo.join("policies")).expect("mkdir");
    std::fs::write(
        repo.join("main.tf"),
        "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n",
    )
    .expect("write");
    // Outside the checkout through the configuration.
    std::fs::write(repo.join(".tfgate.toml"), "policies = [\"../outside\"]\n").expect("write");
    let run = tfgate(&repo, &["check", "--format", "json", "."]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        !run.text().contains("OUTSIDE-POLICY-READ"),
        "{}",
        run.text()
    );
    assert!(run.text().contains(".tfgate.toml") || run.stderr.contains(".tfgate.toml"));
    // Through a symlinked policy file inside the checkout.
    std::fs::write(repo.join(".tfgate.toml"), "policies = [\"policies\"]\n").expect("write");
    std::os::unix::fs::symlink(
        outside.join("leak.policy.hcl"),
        repo.join("policies/leak.policy.hcl"),
    )
    .expect("symlink");
    let hostile = "resource_policy \"aws_s3_bucket\" \"tags\" {\n  enforce {\n    condition     = false\n    error_message = \"\\u001b]0;pwned\\u0007 <img src=x> **bold** [link](http://evil)\"\n  }\n}\n";
    std::fs::write(repo.join("policies/tags.policy.hcl"), hostile).expect("write");
    for format in ["json", "text", "markdown", "github", "sarif"] {
        let run = tfgate(&repo, &["check", "--format", format, "."]);
        let out = run.text();
        assert!(!out.contains("OUTSIDE-POLICY-READ"), "{format}: {out}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}: raw control characters"
        );
        assert!(
            out.contains("tags") || out.contains("POL-"),
            "{format}: the policy inside the checkout is judged: {out}\n{}",
            run.stderr
        );
        if format == "markdown" {
            assert!(!out.contains("<img src=x>"), "markdown: raw HTML: {out}");
        }
    }
}

/// Values the new areas' rules read out of JSON inside an argument (an ECS container's name in
/// `container_definitions`) reach messages like any other scanned value: escaped in every
/// human-readable format, never a workflow command or a terminal escape.
#[test]
fn values_read_from_json_arguments_are_escaped_too() {
    let p = Project::new();
    p.write(
        "main.tf",
        "resource \"aws_ecs_task_definition\" \"t\" {\n  family = \"x\"\n  container_definitions = jsonencode([{\n    name       = \"evil\\n::error::pwned\\u001b[31m\"\n    image      = \"x\"\n    privileged = true\n  }])\n}\n",
    );
    for format in ["text", "github", "junit", "markdown"] {
        let run = tfgate(
            &p.tree(),
            &[
                "check",
                "--color",
                "never",
                "--select",
                "containers",
                "--format",
                format,
                ".",
            ],
        );
        assert_eq!(run.code, Some(1), "{format}: {}", run.stderr);
        let out = run.text();
        assert_eq!(
            raw_controls(&run.stdout),
            Vec::<u8>::new(),
            "{format}: {out}"
        );
        assert!(
            out.contains(r"evil\n::error::pwned\x1b[31m") || out.contains("evil%0A::error::pwned"),
            "{format}: the container name is missing or not escaped:\n{out}"
        );
        assert!(
            !out.lines()
                .any(|l| l.trim_start().starts_with("::error::pwned")),
            "{format}: {out}"
        );
    }
}

/// This session's rules print names from the scanned code (a metric filter's name in the CIS
/// monitoring rules, a bucket's name in the public-capability rules): escaped in every
/// human-readable format, and in JSON (written by the report's own writer) exactly the value,
/// escaped as JSON.
#[test]
fn names_in_cis_filter_and_bucket_capability_findings_are_escaped() {
    let p = Project::new();
    let evil = "evil\\n::error::pwned\\u001b[31m<b>@x";
    p.write(
        "main.tf",
        format!(
            "resource \"aws_cloudwatch_log_metric_filter\" \"root\" {{\n  name           = \"{evil}\"\n  pattern        = \"{{ $.userIdentity.type = \\\"Root\\\" }}\"\n  log_group_name = \"trail\"\n  metric_transformation {{\n    name      = \"{evil}\"\n    namespace = \"cis\"\n    value     = \"1\"\n  }}\n}}\n\nresource \"aws_s3_bucket\" \"b\" {{\n  bucket = \"{evil}\"\n}}\n\nresource \"aws_s3_bucket_acl\" \"b\" {{\n  bucket = aws_s3_bucket.b.id\n  acl    = \"public-read-write\"\n}}\n"
        ),
    );
    let select = "TFG-CT-014,TFG-S3-021";
    for format in ["text", "github", "junit", "markdown"] {
        let run = tfgate(
            &p.tree(),
            &[
                "check", "--color", "never", "--select", select, "--format", format, ".",
            ],
        );
        assert_eq!(run.code, Some(1), "{format}: {}", run.stderr);
        let out = run.text();
        assert_eq!(
            raw_controls(&run.stdout),
            Vec::<u8>::new(),
            "{format}: {out}"
        );
        assert!(
            !out.lines()
                .any(|l| l.trim_start().starts_with("::error::pwned")),
            "{format}: {out}"
        );
        for rule in ["TFG-CT-014", "TFG-S3-021"] {
            assert!(out.contains(rule), "{format}: no {rule} finding:\n{out}");
        }
    }
    let run = tfgate(
        &p.tree(),
        &["check", "--select", select, "--format", "json", "."],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_slice(&run.stdout).expect("valid JSON");
    let messages: Vec<&str> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["message"].as_str())
        .collect();
    // Two CIS findings (no alarm, an incomplete pattern) and the bucket.
    assert_eq!(messages.len(), 3, "{messages:?}");
    let raw = "evil\n::error::pwned";
    assert!(
        messages
            .iter()
            .all(|m| !m.contains(raw) && m.contains(r"evil\n::error::pwned\x1b[31m<b>@x")),
        "{messages:?}"
    );
}
