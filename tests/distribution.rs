//! The files users meet tfgate through: `action.yml`, the workflows and
//! `.pre-commit-hooks.yaml` are valid YAML with the keys GitHub and pre-commit require, and
//! the README's command lines use only flags that exist, and its option tables list every
//! flag of every subcommand. The action's step scripts run here in
//! a fake GitHub environment with stub `tfgate` and `terraform` programs that record how they
//! were called: inputs reach tfgate as words, never as shell code (issue 23.11), and the
//! module step runs `terraform get` where it should. The download path (signatures, the
//! cache) is exercised by `scripts/action-local.sh`, which needs ssh-keygen.

use std::collections::BTreeSet;
use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

fn load(path: &str) -> Yaml {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(docs.len(), 1, "{path}: one document");
    docs.remove(0)
}

fn text(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
}

/// `${{ inputs.NAME }}` references in a text.
fn input_references(s: &str) -> BTreeSet<String> {
    s.match_indices("inputs.")
        .map(|(at, _)| {
            s[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn action_yml_is_a_valid_composite_action() {
    let action = load("action.yml");
    for key in ["name", "description"] {
        assert!(
            action[key].as_str().is_some_and(|s| !s.is_empty()),
            "action.yml: {key}"
        );
    }
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    let inputs = action["inputs"].as_hash().expect("inputs");
    let declared: BTreeSet<String> = inputs
        .keys()
        .map(|k| k.as_str().expect("input name").to_string())
        .collect();
    for (name, input) in inputs {
        assert!(
            input["description"].as_str().is_some(),
            "input {name:?} has a description"
        );
    }
    let used = input_references(&text("action.yml"));
    for name in &used {
        assert!(
            declared.contains(name),
            "action.yml uses undeclared input `{name}`"
        );
    }
    let steps = action["runs"]["steps"].as_vec().expect("steps");
    let mut ids = BTreeSet::new();
    for step in steps {
        if step["run"].as_str().is_some() {
            assert!(
                step["shell"].as_str().is_some(),
                "composite run steps need `shell`: {step:?}"
            );
        } else {
            assert!(
                step["uses"].as_str().is_some(),
                "a step runs or uses: {step:?}"
            );
        }
        if let Some(id) = step["id"].as_str() {
            ids.insert(id.to_string());
        }
        // Scripts a step runs exist in the repository.
        if let Some(run) = step["run"].as_str()
            && let Some(at) = run.find("scripts/")
        {
            let script: String = run[at..]
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '"')
                .collect();
            assert!(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(&script)
                    .is_file(),
                "{script}"
            );
        }
    }
    for (name, output) in action["outputs"].as_hash().expect("outputs") {
        let value = output["value"]
            .as_str()
            .expect("composite outputs have a value");
        assert!(
            ids.iter()
                .any(|id| value.contains(&format!("steps.{id}.outputs."))),
            "output {name:?} comes from a step: {value}"
        );
    }
}

#[test]
fn workflows_have_triggers_and_jobs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("workflows")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".yml") || n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert_eq!(names, ["action-test.yml", "ci.yml", "release.yml"]);
    for name in names {
        let path = format!(".github/workflows/{name}");
        let wf = load(&path);
        assert!(!wf["on"].is_badvalue(), "{path}: `on`");
        let jobs = wf["jobs"]
            .as_hash()
            .unwrap_or_else(|| panic!("{path}: jobs"));
        assert!(!jobs.is_empty());
        for (job, body) in jobs {
            assert!(
                body["runs-on"].as_str().is_some(),
                "{path}: {job:?} runs-on"
            );
            for step in body["steps"]
                .as_vec()
                .unwrap_or_else(|| panic!("{path}: {job:?} steps"))
            {
                assert!(
                    step["uses"].as_str().is_some() || step["run"].as_str().is_some(),
                    "{path}: {job:?}: a step runs or uses"
                );
            }
        }
    }
    // The action test runs this repository's action, once passing and once failing.
    let t = text(".github/workflows/action-test.yml");
    assert_eq!(t.lines().filter(|l| l.trim() == "uses: ./").count(), 2);
    let release = text(".github/workflows/release.yml");
    for target in [
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(release.contains(target), "release builds {target}");
    }
}

#[test]
fn pre_commit_hooks_are_valid() {
    let hooks = load(".pre-commit-hooks.yaml");
    let hooks = hooks.as_vec().expect("a list of hooks");
    let ids: Vec<&str> = hooks.iter().filter_map(|h| h["id"].as_str()).collect();
    assert_eq!(ids, ["tfgate", "tfgate-system"]);
    for h in hooks {
        for key in ["id", "name", "entry", "language", "files"] {
            assert!(h[key].as_str().is_some(), "hook needs `{key}`: {h:?}");
        }
        let files =
            regex::Regex::new(h["files"].as_str().unwrap_or_default()).expect("files regex");
        assert!(files.is_match("modules/vpc/main.tf"));
        assert!(files.is_match("prod.auto.tfvars"));
        assert!(!files.is_match("README.md"));
    }
    // `tfgate` builds with --locked (pre-commit's rust language would ignore Cargo.lock).
    assert_eq!(hooks[0]["language"].as_str(), Some("script"));
    let entry = hooks[0]["entry"].as_str().unwrap_or_default();
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(entry).is_file(),
        "{entry}"
    );
    assert!(
        text(entry).contains("cargo build --quiet --locked"),
        "{entry}"
    );
    assert_eq!(hooks[1]["language"].as_str(), Some("system"));
}

#[test]
fn readme_commands_use_flags_that_exist() {
    use clap::CommandFactory;
    let cli = tfgate::cli::Cli::command();
    let check = cli.find_subcommand("check").expect("check");
    let known: BTreeSet<String> = check
        .get_arguments()
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .chain(["--help".to_string(), "--version".to_string()])
        .collect();
    let readme = text("README.md");
    let mut checked = 0;
    for line in readme.lines().filter(|l| l.contains("tfgate check")) {
        let command = &line[line.find("tfgate check").expect("command")..];
        let command = command.split(['#', '`', '|']).next().unwrap_or(command);
        for word in command.split_whitespace().filter(|w| w.starts_with("--")) {
            let flag = word.split('=').next().unwrap_or(word);
            assert!(
                known.contains(flag),
                "README uses `{flag}`, which `tfgate check` lacks: {line}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 5, "the README shows tfgate check with flags");
    // The migration table's tfgate column.
    let table = readme
        .split("### Migrating from tfsec, Trivy or Checkov")
        .nth(1)
        .expect("migration table");
    let mut rows = 0;
    for line in table
        .lines()
        .take_while(|l| l.is_empty() || l.starts_with('|'))
        .filter(|l| l.starts_with("| "))
    {
        let ours = line.trim_end_matches('|').rsplit('|').next().unwrap_or("");
        for word in ours
            .split(|c: char| c.is_whitespace() || c == '`')
            .filter(|w| w.starts_with("--") && w.len() > 3 && *w != "---")
        {
            let flag = word.split('=').next().unwrap_or(word);
            assert!(
                known.contains(flag),
                "migration table: `{flag}` does not exist: {line}"
            );
        }
        rows += 1;
    }
    assert!(rows >= 10, "the migration table has its rows");
    // Action inputs named in the README exist.
    let action = load("action.yml");
    let inputs = action["inputs"].as_hash().expect("inputs");
    let declared: BTreeSet<String> = inputs
        .keys()
        .filter_map(|k| k.as_str().map(String::from))
        .collect();
    let in_readme_block = readme
        .split("uses: tfgate/tfgate")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap_or(""));
    for block in in_readme_block {
        // Up to the next step.
        for line in block
            .lines()
            .take_while(|l| !l.trim_start().starts_with("- "))
        {
            let t = line.trim();
            if let Some((key, _)) = t.split_once(':')
                && !t.starts_with('#')
                && line.starts_with("          ")
            {
                assert!(declared.contains(key), "README uses action input `{key}`");
            }
        }
    }
}

/// The text of every `run:` of a step list.
fn run_scripts(steps: &Yaml) -> Vec<String> {
    steps
        .as_vec()
        .map(|steps| {
            steps
                .iter()
                .filter_map(|s| s["run"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn inputs_reach_scripts_only_through_env() {
    // `${{ }}` inside `run:` pastes the value into the script before bash reads it.
    let action = load("action.yml");
    let mut scripts = run_scripts(&action["runs"]["steps"]);
    assert!(scripts.len() >= 3, "the action's run steps");
    for name in ["action-test.yml", "ci.yml", "release.yml"] {
        let wf = load(&format!(".github/workflows/{name}"));
        for (_, job) in wf["jobs"].as_hash().expect("jobs") {
            scripts.extend(run_scripts(&job["steps"]));
        }
    }
    for script in &scripts {
        assert!(
            !script.contains("${{"),
            "an expression inside a run: script (pass it through env:): {script}"
        );
    }
}

#[test]
fn the_action_clears_the_variables_only_the_simulation_may_set() {
    // A workflow's `env:` reaches composite steps; these would choose the release server, the
    // trusted keys and the program run, so each step that reads one sets it empty.
    let action = load("action.yml");
    let steps = action["runs"]["steps"].as_vec().expect("steps");
    let mut seen = 0;
    for step in steps {
        let run = step["run"].as_str().unwrap_or("");
        let mut cleared: Vec<&str> = Vec::new();
        if run.contains("install.sh") {
            cleared.extend(["TFGATE_RELEASES_URL", "TFGATE_ALLOWED_SIGNERS"]);
        }
        if run.contains("run.sh") {
            cleared.push("TFGATE");
        }
        for var in cleared {
            assert_eq!(
                step["env"][var].as_str(),
                Some(""),
                "step {:?} sets {var} empty",
                step["name"]
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 5, "two install steps and the check step");
}

#[test]
fn the_cache_key_holds_the_resolved_version() {
    let action = load("action.yml");
    let steps = action["runs"]["steps"].as_vec().expect("steps");
    let position = |pred: &dyn Fn(&Yaml) -> bool| steps.iter().position(pred);
    let resolve = position(&|s| s["id"].as_str() == Some("resolve")).expect("a resolve step");
    let cache = position(&|s| {
        s["uses"]
            .as_str()
            .is_some_and(|u| u.starts_with("actions/cache@"))
    })
    .expect("a cache step");
    assert!(resolve < cache, "latest is resolved before the cache step");
    let key = steps[cache]["with"]["key"].as_str().expect("cache key");
    assert!(key.contains("steps.resolve.outputs.version"), "{key}");
    assert!(!key.contains("inputs.version"), "never `latest`: {key}");
    let path = steps[cache]["with"]["path"].as_str().expect("cache path");
    assert!(path.contains("steps.resolve.outputs.dir"), "{path}");
}

#[test]
fn no_script_evaluates_its_input() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join(".ci/run")];
    let mut dirs = vec![root.join("scripts")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("scripts")
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 10, "the scripts");
    let eval = regex::Regex::new(r"(^|[;&|({`\s])eval(\s|$)").expect("regex");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split(" #").next().unwrap_or(line);
            if code.trim_start().starts_with('#') {
                continue;
            }
            assert!(
                !eval.is_match(code),
                "{}:{}: eval: {line}",
                file.display(),
                n + 1
            );
        }
    }
}

/// The release targets of scripts/action/common.sh.
fn release_targets() -> Vec<String> {
    let common = text("scripts/action/common.sh");
    let list = common
        .split("RELEASE_TARGETS=(")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .expect("RELEASE_TARGETS in common.sh");
    list.split_whitespace().map(String::from).collect()
}

#[test]
fn the_release_workflow_builds_every_target_on_live_runners_and_publishes_what_built() {
    let wf = load(".github/workflows/release.yml");
    let build = &wf["jobs"]["build"];
    assert_eq!(
        build["strategy"]["fail-fast"].as_bool(),
        Some(false),
        "one failing build does not cancel the others"
    );
    let matrix = build["strategy"]["matrix"]["include"]
        .as_vec()
        .expect("matrix.include");
    let mut targets: Vec<String> = matrix
        .iter()
        .map(|m| m["target"].as_str().expect("target").to_string())
        .collect();
    targets.sort();
    let mut expected = release_targets();
    expected.sort();
    assert_eq!(
        targets, expected,
        "the matrix builds what the action downloads"
    );
    // Labels GitHub runs today; retired or retiring images fail a release at the worst time.
    let live = [
        "ubuntu-24.04",
        "ubuntu-latest",
        "macos-15",
        "macos-15-intel",
        "windows-2025",
        "windows-latest",
    ];
    for m in matrix {
        let os = m["os"].as_str().expect("os");
        assert!(
            live.contains(&os),
            "runner image {os} for {:?}",
            m["target"]
        );
    }
    let publish = &wf["jobs"]["publish"];
    let condition = publish["if"].as_str().expect("publish has an if");
    assert!(
        condition.contains("!cancelled()"),
        "publish runs when a build failed: {condition}"
    );
    let scripts = run_scripts(&publish["steps"]).join("\n");
    assert!(scripts.contains("scripts/action/sign-release.sh"), "signs");
    assert!(
        scripts.contains("::error::"),
        "fails loudly on missing targets"
    );
    let uses: Vec<&str> = publish["steps"]
        .as_vec()
        .expect("steps")
        .iter()
        .filter_map(|s| s["uses"].as_str())
        .collect();
    assert!(
        uses.iter()
            .any(|u| u.starts_with("actions/attest-build-provenance@")),
        "provenance attestations: {uses:?}"
    );
}

#[test]
fn the_readme_gives_routes_that_work_before_a_release() {
    let readme = text("README.md");
    for route in [
        "build-from-source: true",
        "id: tfgate-system",
        "cargo install --git https://github.com/tfgate/tfgate --locked",
        "rev: <commit-sha>",
    ] {
        assert!(readme.contains(route), "README gives the route `{route}`");
    }
    // Tags name releases; they appear only in the part for after the first release.
    let heading = "#### Once a release is published";
    let start = readme
        .find(heading)
        .expect("a part for after the first release");
    let end = readme[start + heading.len()..]
        .find("\n#")
        .map_or(readme.len(), |at| start + heading.len() + at);
    let outside = format!("{}{}", &readme[..start], &readme[end..]);
    let tag = regex::Regex::new(r"(tfgate/tfgate@v[0-9]|rev: v[0-9])").expect("regex");
    assert!(
        !tag.is_match(&outside),
        "a tag outside '{heading}': {:?}",
        tag.find(&outside).map(|m| m.as_str())
    );
    assert!(
        tag.is_match(&readme[start..end]),
        "the release routes name a tag"
    );
    // Every Action example checks out without leaving the token in .git/config.
    let mut examples = 0;
    for block in readme.split("```yaml").skip(1) {
        let block = block.split("```").next().unwrap_or("");
        if block.contains("uses: tfgate/tfgate@") {
            examples += 1;
            let checkout = block
                .split("- uses: actions/checkout@")
                .nth(1)
                .expect("the example checks out");
            let step = checkout.split("\n      - ").next().unwrap_or(checkout);
            assert!(
                step.contains("persist-credentials: false"),
                "checkout with persist-credentials: false:\n{block}"
            );
        }
    }
    assert!(
        examples >= 2,
        "the README shows the Action before and after a release"
    );
}

/// A fake runner for the action's step scripts: a workspace, GitHub's files, and a directory
/// of stub programs put first on PATH.
#[cfg(unix)]
struct FakeRunner {
    dir: tempfile::TempDir,
}

#[cfg(unix)]
impl FakeRunner {
    fn new() -> FakeRunner {
        let runner = FakeRunner {
            dir: tempfile::tempdir().expect("tempdir"),
        };
        for sub in ["workspace", "bin"] {
            std::fs::create_dir_all(runner.dir.path().join(sub)).expect("mkdir");
        }
        runner
    }

    fn workspace(&self) -> std::path::PathBuf {
        self.dir.path().join("workspace")
    }

    /// Writes an executable stub `bin/<name>` with this shell body.
    fn stub(&self, name: &str, body: &str) -> std::path::PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.dir.path().join("bin").join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}")).expect("stub");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        path
    }

    /// Runs `bash scripts/action/<script>` in the workspace with these variables, PATH being
    /// the stubs and the system's directories (no /usr/local: no real terraform or tfgate).
    /// Returns the exit status and the log (standard output and error).
    fn run(&self, script: &str, vars: &[(&str, &str)]) -> (i32, String) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let out = std::process::Command::new("bash")
            .arg(root.join("scripts/action").join(script))
            .current_dir(self.workspace())
            .env_clear()
            .env(
                "PATH",
                format!("{}:/usr/bin:/bin", self.dir.path().join("bin").display()),
            )
            .env("HOME", self.dir.path())
            .env("GITHUB_OUTPUT", self.dir.path().join("output"))
            .env("GITHUB_STEP_SUMMARY", self.dir.path().join("summary"))
            .envs(vars.iter().copied())
            .output()
            .expect("bash");
        let log = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code().unwrap_or(-1), log)
    }

    /// Files named `pwned*` anywhere under the fake runner: what an injection would leave.
    fn pwned(&self) -> Vec<String> {
        let mut found = Vec::new();
        let mut dirs = vec![self.dir.path().to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("dir").filter_map(Result::ok) {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if entry.file_name().to_string_lossy().starts_with("pwned") {
                    found.push(path.display().to_string());
                }
            }
        }
        found
    }
}

/// run.sh with a stub tfgate that records its arguments: the exit status, the log and the
/// arguments (None when the stub did not run).
#[cfg(unix)]
fn check_step(vars: &[(&str, &str)]) -> (FakeRunner, i32, String, Option<Vec<String>>) {
    let runner = FakeRunner::new();
    let argv = runner.dir.path().join("argv");
    let stub = runner.stub(
        "tfgate-stub",
        &format!(
            "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > '{}'\nexit 0\n",
            argv.display()
        ),
    );
    let stub = stub.display().to_string();
    let mut all = vec![("TFGATE", stub.as_str())];
    all.extend_from_slice(vars);
    let (code, log) = runner.run("run.sh", &all);
    // Each argument ends with a NUL, so an empty argument is an empty piece before one.
    let args = std::fs::read(&argv).ok().map(|bytes| {
        let bytes = bytes.strip_suffix(&[0]).unwrap_or(&bytes);
        bytes
            .split(|b| *b == 0)
            .map(|a| String::from_utf8_lossy(a).to_string())
            .collect()
    });
    (runner, code, log, args)
}

/// The arguments between `check --color never` and the first `--report`: what the inputs
/// other than paths became.
#[cfg(unix)]
fn option_words(args: &[String]) -> Vec<String> {
    assert_eq!(args[..3], ["check", "--color", "never"], "{args:?}");
    let end = args.iter().position(|a| a == "--report").expect("--report");
    args[3..end].to_vec()
}

#[cfg(unix)]
#[test]
fn extra_args_reach_tfgate_as_words_and_nothing_is_executed() {
    // (extra-args, the words tfgate receives)
    let cases: &[(&str, &[&str])] = &[
        (
            "--fail-on never $(touch pwned)",
            &["--fail-on", "never", "$(touch", "pwned)"],
        ),
        ("`touch pwned1`", &["`touch", "pwned1`"]),
        ("a; touch pwned2", &["a;", "touch", "pwned2"]),
        ("x|touch pwned3", &["x|touch", "pwned3"]),
        ("&& touch pwned4 &", &["&&", "touch", "pwned4", "&"]),
        ("> pwned5", &[">", "pwned5"]),
        ("${HOME} $HOME ~ *", &["${HOME}", "$HOME", "~", "*"]),
        (
            "\"$(touch pwned6)\" '`touch pwned7`'",
            &["$(touch pwned6)", "`touch pwned7`"],
        ),
        (
            "--var 'name=a b' \"q=\\\"x\\\" \\$y\"",
            &["--var", "name=a b", "q=\"x\" $y"],
        ),
        (
            "--exclude\n  'examples/**'\n",
            &["--exclude", "examples/**"],
        ),
        ("a\\ b c\\\nd ''", &["a b", "cd", ""]),
        ("", &[]),
    ];
    for (extra, want) in cases {
        let (runner, code, log, args) =
            check_step(&[("TFGATE_EXTRA_ARGS", extra), ("TFGATE_PATHS", "infra")]);
        assert_eq!(code, 0, "{extra:?}: {log}");
        let args = args.unwrap_or_else(|| panic!("{extra:?}: tfgate did not run: {log}"));
        assert_eq!(option_words(&args), *want, "{extra:?}");
        assert_eq!(args[args.len() - 2..], ["--", "infra"], "{extra:?}");
        assert_eq!(runner.pwned(), Vec::<String>::new(), "{extra:?} executed");
    }
}

#[cfg(unix)]
#[test]
fn paths_are_words_after_a_double_dash() {
    let (runner, code, log, args) = check_step(&[
        ("TFGATE_PATHS", "--fix $(touch pwned)\n'my dir' infra"),
        ("TFGATE_PLAN", "plan.json"),
        ("TFGATE_FAIL_ON", "high"),
    ]);
    assert_eq!(code, 0, "{log}");
    let args = args.expect("tfgate ran");
    assert_eq!(option_words(&args), ["--fail-on", "high"]);
    let dash = args.iter().position(|a| a == "--").expect("--");
    assert_eq!(
        args[dash + 1..],
        ["--fix", "$(touch", "pwned)", "my dir", "infra", "plan.json"]
    );
    assert!(runner.pwned().is_empty());
}

#[cfg(unix)]
#[test]
fn plan_mode_passes_new_only_on_pull_requests() {
    // (variables, whether `--new-only` is passed)
    let cases: [(&[(&str, &str)], bool); 6] = [
        (
            &[("TFGATE_PLAN", "plan.json"), ("GITHUB_BASE_REF", "main")],
            true,
        ),
        (&[("TFGATE_PLAN", "plan.json")], false),
        (&[("GITHUB_BASE_REF", "main")], false),
        (
            &[
                ("TFGATE_PLAN", "plan.json"),
                ("GITHUB_BASE_REF", "main"),
                ("TFGATE_NEW_ONLY", "false"),
            ],
            false,
        ),
        (&[("TFGATE_NEW_ONLY", "true")], true),
        (&[("TFGATE_NEW_ONLY", "auto")], false),
    ];
    for (vars, expected) in cases {
        let (_, code, log, args) = check_step(vars);
        assert_eq!(code, 0, "{vars:?}: {log}");
        let words = option_words(&args.expect("tfgate ran"));
        assert_eq!(
            words.contains(&"--new-only".to_string()),
            expected,
            "{vars:?}: {words:?}"
        );
    }
    let (_, code, log, args) = check_step(&[("TFGATE_NEW_ONLY", "yes")]);
    assert_eq!(code, 2, "{log}");
    assert!(
        log.contains("input `new-only` must be `auto`, `true` or `false`"),
        "{log}"
    );
    assert!(args.is_none(), "tfgate must not run");
}

#[cfg(unix)]
#[test]
fn inputs_that_are_not_well_formed_are_errors_and_tfgate_does_not_run() {
    // (variable, value, text of the ::error::)
    let cases = [
        ("TFGATE_EXTRA_ARGS", "--var 'x=1", "unterminated ' quote"),
        ("TFGATE_EXTRA_ARGS", "--var x\\", "ends with a backslash"),
        (
            "TFGATE_PATHS",
            "\"infra",
            "input `paths` has an unterminated",
        ),
        ("TFGATE_REQUIRE_MODULES", "yes", "`require-modules` must be"),
        ("TFGATE_SOFT_FAIL", "1", "`soft-fail` must be"),
        (
            "TFGATE_SARIF_FILE",
            "a.sarif\nexit-code=0",
            "control character",
        ),
    ];
    for (var, value, message) in cases {
        let (_runner, code, log, args) = check_step(&[(var, value)]);
        assert_eq!(code, 2, "{var}={value:?}: {log}");
        assert!(
            log.lines()
                .any(|l| l.starts_with("::error::") && l.contains(message)),
            "{var}={value:?}: {log}"
        );
        assert_eq!(args, None, "{var}={value:?}: tfgate ran");
    }
}

#[cfg(unix)]
#[test]
fn require_modules_passes_the_flag_only_when_true() {
    for (value, want) in [("true", true), ("false", false), ("", false)] {
        let vars: Vec<(&str, &str)> = if value.is_empty() {
            Vec::new()
        } else {
            vec![("TFGATE_REQUIRE_MODULES", value)]
        };
        let (_runner, code, log, args) = check_step(&vars);
        assert_eq!(code, 0, "{log}");
        let args = args.expect("tfgate ran");
        assert_eq!(
            option_words(&args).contains(&"--require-modules".to_string()),
            want,
            "require-modules {value:?}: {args:?}"
        );
    }
}

/// A workspace for the module step: roots with and without module blocks, a downloaded
/// module (not searched), and a directory whose name would forge a workflow command.
#[cfg(unix)]
fn modules_workspace(runner: &FakeRunner) {
    let ws = runner.workspace();
    let files: &[(&str, &str)] = &[
        (
            "live/main.tf",
            "module \"vpc\" {\n  source = \"git::https://example.com/vpc.git\"\n}\n",
        ),
        ("plain/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n"),
        (
            "json/main.tf.json",
            "{ \"module\": { \"m\": { \"source\": \"./m\" } } }\n",
        ),
        (
            "live/.terraform/modules/vpc/main.tf",
            "module \"inner\" {\n  source = \"./x\"\n}\n",
        ),
        (
            "odd\n::error::forged/main.tf",
            "module \"m\" {\n  source = \"./m\"\n}\n",
        ),
        ("-delete/main.tf", "module \"m\" {\n  source = \"./m\"\n}\n"),
    ];
    for (name, body) in files {
        let path = ws.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, body).expect("write");
    }
}

#[cfg(unix)]
#[test]
fn the_module_step_runs_terraform_get_in_each_directory_with_a_module_block() {
    let runner = FakeRunner::new();
    modules_workspace(&runner);
    let calls = runner.dir.path().join("calls");
    runner.stub(
        "terraform",
        &format!(
            "[ \"$*\" = \"get -no-color\" ] || exit 9\npwd >> '{}'\nprintf 'downloading\\n::warning::from terraform \\033[31m\\n'\n",
            calls.display()
        ),
    );
    let (code, log) = runner.run(
        "terraform-get.sh",
        &[
            ("TFGATE_PATHS", ". -delete"),
            ("TFGATE_TERRAFORM_GET", "auto"),
        ],
    );
    assert_eq!(code, 0, "{log}");
    let ws = runner
        .workspace()
        .canonicalize()
        .expect("workspace")
        .display()
        .to_string();
    let calls = std::fs::read_to_string(&calls).expect("terraform ran");
    let mut dirs: Vec<&str> = calls
        .lines()
        .map(|l| l.strip_prefix(ws.as_str()).unwrap_or(l))
        .collect();
    dirs.sort();
    // The odd name holds a line break, so pwd prints it on two lines.
    assert_eq!(
        dirs,
        ["/-delete", "/json", "/live", "/odd", "::error::forged"],
        "{log}"
    );
    assert!(
        runner.workspace().join("plain/main.tf").exists(),
        "find -delete did not run"
    );
    for line in log.lines() {
        assert!(
            !line.starts_with("::"),
            "a workflow command in the log: {line:?}\n{log}"
        );
        assert!(!line.contains('\u{1b}'), "an escape in the log: {line:?}");
    }
    assert!(
        log.contains("  terraform: ::warning::from terraform"),
        "{log}"
    );
}

#[cfg(unix)]
#[test]
fn the_module_step_follows_its_mode() {
    let terraform_is_elsewhere = ["/usr/bin/terraform", "/bin/terraform"]
        .iter()
        .any(|p| Path::new(p).exists());
    // (mode, a terraform stub's exit status or None for no terraform, step exit, log text)
    let cases: &[(&str, Option<i32>, i32, &str)] = &[
        (
            "auto",
            None,
            0,
            "terraform is not on PATH, so modules are not downloaded",
        ),
        (
            "true",
            None,
            2,
            "::error::tfgate: terraform-get is true but `terraform` is not on PATH",
        ),
        ("false", Some(0), 0, "terraform-get is false"),
        (
            "auto",
            Some(1),
            0,
            "::warning::tfgate: terraform get failed in live (exit 1)",
        ),
        (
            "true",
            Some(1),
            2,
            "::error::tfgate: terraform get failed in live (exit 1)",
        ),
        ("true", Some(0), 0, "tfgate: terraform get in live"),
        (
            "sometimes",
            Some(0),
            2,
            "::error::tfgate: input `terraform-get` must be",
        ),
    ];
    for (mode, terraform, want, message) in cases {
        if terraform.is_none() && terraform_is_elsewhere {
            continue;
        }
        let runner = FakeRunner::new();
        modules_workspace(&runner);
        let ran = runner.dir.path().join("ran");
        if let Some(status) = terraform {
            runner.stub(
                "terraform",
                &format!("touch '{}'\nexit {status}\n", ran.display()),
            );
        }
        let (code, log) = runner.run(
            "terraform-get.sh",
            &[("TFGATE_PATHS", "live"), ("TFGATE_TERRAFORM_GET", mode)],
        );
        assert_eq!(code, *want, "{mode} {terraform:?}: {log}");
        assert!(log.contains(message), "{mode} {terraform:?}: {log}");
        if *mode == "false" || *mode == "sometimes" {
            assert!(!ran.exists(), "{mode}: terraform ran");
        }
    }
}

/// The README's option tables list every long flag of every subcommand, and only those: a
/// table belongs to the subcommands its introducing line names (`check`, `inspect`, ...).
#[test]
fn readme_option_tables_list_every_flag() {
    use clap::CommandFactory;
    let readme = text("README.md");
    let cli = tfgate::cli::Cli::command();
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    // Flags per subcommand, from the tables.
    let mut documented: std::collections::BTreeMap<String, BTreeSet<String>> =
        names.iter().map(|n| (n.clone(), BTreeSet::new())).collect();
    let lines: Vec<&str> = readme.lines().collect();
    let mut tables = 0;
    for (n, line) in lines.iter().enumerate() {
        if !line.starts_with("| option |") {
            continue;
        }
        tables += 1;
        let intro = lines[..n]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .expect("a line before the table");
        let owners: Vec<&String> = names
            .iter()
            .filter(|name| intro.contains(&format!("`{name}`")))
            .collect();
        assert!(
            !owners.is_empty(),
            "the option table after `{intro}` names no subcommand"
        );
        for row in lines[n + 2..].iter().take_while(|l| l.starts_with('|')) {
            let first = row
                .trim_start_matches('|')
                .split(" | ")
                .next()
                .unwrap_or("");
            for word in first
                .split(|c: char| c.is_whitespace() || c == '`' || c == ',')
                .filter(|w| w.starts_with("--"))
            {
                let flag = word.split(['=', '\\']).next().unwrap_or(word).to_string();
                for owner in &owners {
                    documented
                        .get_mut(*owner)
                        .expect("known")
                        .insert(flag.clone());
                }
            }
        }
    }
    assert!(tables >= 4, "the README has the option tables");
    for sub in cli.get_subcommands() {
        let flags: BTreeSet<String> = sub
            .get_arguments()
            .filter_map(|a| a.get_long())
            .filter(|l| *l != "help")
            .map(|l| format!("--{l}"))
            .collect();
        let listed = &documented[sub.get_name()];
        let missing: Vec<&String> = flags.difference(listed).collect();
        let unknown: Vec<&String> = listed.difference(&flags).collect();
        assert!(
            missing.is_empty(),
            "README: `tfgate {}` takes {missing:?}, which no option table lists",
            sub.get_name()
        );
        assert!(
            unknown.is_empty(),
            "README: the option tables give `tfgate {}` {unknown:?}, which it does not take",
            sub.get_name()
        );
    }
}
