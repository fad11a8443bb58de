//! The files users meet tfgate through: `action.yml`, the workflows and
//! `.pre-commit-hooks.yaml` are valid YAML with the keys GitHub and pre-commit require, and
//! the README's command lines use only flags that exist, and its option tables list every
//! flag of every subcommand.

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
    assert_eq!(hooks[0]["language"].as_str(), Some("rust"));
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
