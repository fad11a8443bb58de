//! Evaluation fixtures: every `testdata/eval/<case>/expect.json` is a test, found at run
//! time, so a new case needs no code.
//!
//! `expect.json` holds: `args` (extra command-line arguments; `{dir}` is the case
//! directory), `env` (`TF_VAR_*` values), `instances` (the exact set of instance addresses,
//! each with attribute values that must match exactly), and optionally `errors` (exactly these
//! error diagnostics), `warnings` (at least these), `no_warnings` (true: none at all), `written_at`, `locations`,
//! `module_calls`, `module_inputs`, `plan_actions`, `module_sources` and `summary` (unknown
//! counts); `paths` replaces the scanned path (the case directory) when given. Paths in expectations are
//! relative to the case directory.

use std::path::Path;
use std::process::ExitCode;

use serde_json::Value as Json;

fn main() -> ExitCode {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/eval");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .expect("testdata/eval exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expect.json").is_file())
        .collect();
    cases.sort();
    let (mut passed, mut failed) = (0, 0);
    for case in cases {
        let name = case
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        match run_case(&case) {
            Ok(()) => {
                println!("eval fixture {name} ... ok");
                passed += 1;
            }
            Err(problems) => {
                println!("eval fixture {name} ... FAILED");
                for p in problems {
                    println!("    {p}");
                }
                failed += 1;
            }
        }
    }
    println!(
        "\ntest result: {}. {passed} passed; {failed} failed",
        if failed == 0 { "ok" } else { "FAILED" }
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run_case(case: &Path) -> Result<(), Vec<String>> {
    let expect: Json = serde_json::from_str(
        &std::fs::read_to_string(case.join("expect.json")).map_err(|e| vec![e.to_string()])?,
    )
    .map_err(|e| vec![format!("expect.json: {e}")])?;
    let dir = case
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(case);
    let dir_str = dir.to_string_lossy().trim_start_matches('/').to_string();
    let mut args: Vec<String> = vec!["tfgate".into(), "inspect".into()];
    for a in expect["args"].as_array().into_iter().flatten() {
        args.push(a.as_str().unwrap_or_default().replace("{dir}", &dir_str));
    }
    match expect["paths"].as_array() {
        Some(paths) => args.extend(
            paths
                .iter()
                .map(|p| p.as_str().unwrap_or_default().replace("{dir}", &dir_str)),
        ),
        None => args.push(dir_str.clone()),
    }
    let env: Vec<(String, String)> = expect["env"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            (
                k.trim_start_matches("TF_VAR_").to_string(),
                v.as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    // Run from the crate root so display paths are relative to it.
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).map_err(|e| vec![e.to_string()])?;
    let (cli, vars) =
        tfgate::cli::parse(args.iter().map(Into::into)).map_err(|e| vec![e.to_string()])?;
    let tfgate::cli::Command::Inspect(inspect) = cli.command else {
        return Err(vec!["expected inspect".into()]);
    };
    let scan = tfgate::app::scan(&inspect.scan, &vars, env);
    let mut buf = Vec::new();
    tfgate::report::inspect::write(&scan, &mut buf).map_err(|e| vec![e.to_string()])?;
    let text = String::from_utf8(buf).map_err(|e| vec![e.to_string()])?;
    let prefix = format!("{dir_str}/");
    let doc: Json =
        serde_json::from_str(&text.replace(&prefix, "")).map_err(|e| vec![e.to_string()])?;
    let mut problems = Vec::new();
    check_case(&expect, &doc, &scan, &prefix, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn check_case(
    expect: &Json,
    doc: &Json,
    scan: &tfgate::scan::Scan,
    prefix: &str,
    problems: &mut Vec<String>,
) {
    let instances: Vec<&Json> = doc["instances"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let find = |addr: &str| instances.iter().find(|i| i["address"] == addr).copied();

    let expected = expect["instances"].as_object().cloned().unwrap_or_default();
    let mut actual: Vec<&str> = instances
        .iter()
        .filter_map(|i| i["address"].as_str())
        .collect();
    actual.sort();
    let mut wanted: Vec<&str> = expected.keys().map(String::as_str).collect();
    wanted.sort();
    if actual != wanted {
        problems.push(format!(
            "instance addresses differ:\n      expected {wanted:?}\n      actual   {actual:?}"
        ));
    }
    for (addr, attrs) in &expected {
        let Some(inst) = find(addr) else { continue };
        for (key, want) in attrs.as_object().into_iter().flatten() {
            let got = &inst["values"][key];
            if got != want {
                problems.push(format!("{addr}.{key}: expected {want}, got {got}"));
            }
        }
    }

    let rendered = |level: tfgate::base::diag::Level| -> Vec<String> {
        scan.diagnostics
            .iter()
            .filter(|d| d.level == level)
            .map(|d| d.render().replace(prefix, ""))
            .collect()
    };
    let errors = rendered(tfgate::base::diag::Level::Error);
    let want_errors: Vec<String> = expect["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e.as_str().map(String::from))
        .collect();
    if errors != want_errors {
        problems.push(format!(
            "errors differ:\n      expected {want_errors:?}\n      actual   {errors:?}"
        ));
    }
    let warnings = rendered(tfgate::base::diag::Level::Warning);
    if expect["no_warnings"] == true && !warnings.is_empty() {
        problems.push(format!("expected no warnings; warnings were {warnings:?}"));
    }
    for w in expect["warnings"].as_array().into_iter().flatten() {
        let w = w.as_str().unwrap_or_default();
        if !warnings.iter().any(|x| x == w) {
            problems.push(format!("missing warning {w:?}; warnings were {warnings:?}"));
        }
    }
    for (addr, paths) in expect["written_at"].as_object().into_iter().flatten() {
        let Some(inst) = find(addr) else { continue };
        for (path, want) in paths.as_object().into_iter().flatten() {
            let got = &inst["written_at"][path];
            if got != want {
                problems.push(format!("{addr} {path} written at {got}, expected {want}"));
            }
        }
    }
    for (addr, want) in expect["locations"].as_object().into_iter().flatten() {
        let Some(inst) = find(addr) else { continue };
        let got = serde_json::json!([inst["location"]["start_line"], inst["location"]["end_line"]]);
        if &got != want {
            problems.push(format!("{addr} lines {got}, expected {want}"));
        }
    }
    for (addr, want) in expect["module_calls"].as_object().into_iter().flatten() {
        let Some(inst) = find(addr) else { continue };
        let got: Vec<Json> = inst["module_calls"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| serde_json::json!([c["module"], c["file"], c["line"]]))
            .collect();
        if &Json::Array(got.clone()) != want {
            problems.push(format!("{addr} module calls {got:?}, expected {want}"));
        }
    }
    for (path, inputs) in expect["module_inputs"].as_object().into_iter().flatten() {
        let module = doc["modules"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|m| m["path"] == path.as_str());
        let Some(module) = module else {
            problems.push(format!("no module instance {path}"));
            continue;
        };
        for (k, want) in inputs.as_object().into_iter().flatten() {
            if &module["inputs"][k] != want {
                problems.push(format!(
                    "{path} input {k}: expected {want}, got {}",
                    module["inputs"][k]
                ));
            }
        }
    }
    for (addr, want) in expect["plan_actions"].as_object().into_iter().flatten() {
        let Some(inst) = find(addr) else { continue };
        if &inst["plan_actions"] != want {
            problems.push(format!(
                "{addr} plan actions {}, expected {want}",
                inst["plan_actions"]
            ));
        }
    }
    for (addr, want) in expect["module_sources"].as_object().into_iter().flatten() {
        let Some(inst) = find(addr) else { continue };
        let got: Vec<Json> = inst["module_calls"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| c["source"].clone())
            .collect();
        if &Json::Array(got.clone()) != want {
            problems.push(format!("{addr} module sources {got:?}, expected {want}"));
        }
    }
    for (k, want) in expect["summary"].as_object().into_iter().flatten() {
        let got = &doc["summary"]["unknown"][k];
        if got != want {
            problems.push(format!("summary.unknown.{k}: expected {want}, got {got}"));
        }
    }
}
