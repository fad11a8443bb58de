//! The team's policies for a run: the `*.policy.hcl` files named by `--policies` or the
//! configuration's `policies`, their input values (`[policy-inputs]`, then
//! `--policy-input-file`s, then `--policy-input`s, later winning), installed as rules before
//! the rest of the configuration is resolved against them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::base::diag::Diagnostic;
use crate::cli::PolicyArgs;
use crate::config;
use crate::model::value::{Map, Value};
use crate::tfpolicy::{self, PolicyFile};

/// What setting up the policies found.
#[derive(Default)]
pub struct Setup {
    pub diagnostics: Vec<Diagnostic>,
    /// The configuration as parsed (keys not yet checked).
    pub config: Option<config::Loaded>,
}

/// A TOML value as a Terraform value.
pub fn toml_value(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::string(s.as_str()),
        toml::Value::Integer(i) => Value::Number(*i as f64),
        toml::Value::Float(f) => Value::Number(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::string(d.to_string()),
        toml::Value::Array(items) => Value::list(items.iter().map(toml_value).collect()),
        toml::Value::Table(t) => {
            Value::object(t.iter().map(|(k, v)| (k.clone(), toml_value(v))).collect())
        }
    }
}

/// Reads every policy file under `dirs` (errors become diagnostics; other files still load).
pub fn read_dirs(dirs: &[PathBuf], diagnostics: &mut Vec<Diagnostic>) -> Vec<PolicyFile> {
    let mut files = Vec::new();
    for dir in dirs {
        match tfpolicy::load::policy_paths(dir, ".policy.hcl") {
            Ok(paths) if paths.is_empty() => diagnostics.push(
                Diagnostic::error(
                    "policy-error",
                    "no `*.policy.hcl` file here: check `--policies` / `policies` in .tfgate.toml",
                )
                .in_file(crate::base::path::display(dir)),
            ),
            Ok(paths) => {
                for p in paths {
                    match tfpolicy::load::read_policy_file(&p) {
                        Ok(f) => files.push(f),
                        Err(e) => diagnostics.push(e.diagnostic()),
                    }
                }
            }
            Err(m) => diagnostics.push(
                Diagnostic::error("policy-error", m).in_file(crate::base::path::display(dir)),
            ),
        }
    }
    files
}

/// Input values given for the run: the configuration's, then files', then flags'.
pub fn given_inputs(
    from_config: Option<&BTreeMap<String, toml::Value>>,
    input_files: &[PathBuf],
    flags: &[String],
    files: &[PolicyFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Value> {
    let mut given: BTreeMap<String, Value> = from_config
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), toml_value(v)))
        .collect();
    for f in input_files {
        match tfpolicy::read_input_file(f) {
            Ok(values) => given.extend(values),
            Err(e) => diagnostics.push(e.diagnostic()),
        }
    }
    for raw in flags {
        match tfpolicy::parse_cli_input(raw, files) {
            Ok((k, v)) => {
                given.insert(k, v);
            }
            Err(m) => diagnostics.push(Diagnostic::error("policy-error", m)),
        }
    }
    given
}

/// Finds the configuration, reads the policies it or the flags name, resolves their inputs
/// and installs them as rules. A file with an error is left out and its error returned.
pub fn setup(first: &Path, config_flag: Option<&Path>, args: &PolicyArgs) -> Setup {
    let mut out = Setup::default();
    let config_path = config_flag
        .map(Path::to_path_buf)
        .or_else(|| config::find(first, config::FILE_NAME));
    // Errors in the configuration are reported when the policy is resolved.
    out.config = config_path.and_then(|p| config::parse(&p).ok());
    let dirs: Vec<PathBuf> = if !args.policies.is_empty() {
        args.policies.clone()
    } else if let Some(c) = &out.config {
        let mut dirs = Vec::new();
        for p in c.file.policies.iter().flatten() {
            match c.resolve_confined("policies", p) {
                Ok(d) => dirs.push(d),
                Err(e) => {
                    let d = Diagnostic::error("config", e.message).in_file(e.file);
                    out.diagnostics.push(match e.line {
                        Some(l) => d.at(l, 1),
                        None => d,
                    });
                }
            }
        }
        dirs
    } else {
        Vec::new()
    };
    let has_document = out
        .config
        .as_ref()
        .is_some_and(|c| c.file.baseline_document().is_some());
    if dirs.is_empty() && !has_document {
        return out;
    }
    let files = read_dirs(&dirs, &mut out.diagnostics);
    let given = given_inputs(
        out.config
            .as_ref()
            .and_then(|c| c.file.policy_inputs.as_ref()),
        &args.policy_input_file,
        &args.policy_input,
        &files,
        &mut out.diagnostics,
    );
    let declared: std::collections::BTreeSet<&str> = files
        .iter()
        .flat_map(|f| f.inputs.iter().map(|i| i.name.as_str()))
        .collect();
    for name in given.keys().filter(|k| !declared.contains(k.as_str())) {
        out.diagnostics.push(Diagnostic::error(
            "policy-error",
            format!("a value is given for input `{name}`, which no policy file declares"),
        ));
    }
    let mut kept = Vec::new();
    let mut inputs: Vec<Map> = Vec::new();
    for f in files {
        match tfpolicy::resolve_inputs(&f, &given) {
            Ok(values) => {
                inputs.push(values);
                kept.push(f);
            }
            Err(e) => out.diagnostics.push(e.diagnostic()),
        }
    }
    let compliance = out
        .config
        .as_ref()
        .and_then(|c| c.file.policy_compliance.clone())
        .unwrap_or_default();
    let ids: Vec<String> = kept
        .iter()
        .flat_map(|f| f.policies.iter().map(|p| tfpolicy::rule_id(f, p)))
        .collect();
    for key in compliance.keys() {
        if !ids.iter().any(|id| id.eq_ignore_ascii_case(key)) {
            let d = Diagnostic::error(
                "config",
                format!(
                    "[policy-compliance] `{key}` names no policy (ids are POL-<file stem>-<label>)"
                ),
            );
            out.diagnostics.push(match &out.config {
                Some(c) => d.in_file(crate::base::path::display(&c.path)),
                None => d,
            });
        }
    }
    if let Err(e) = tfpolicy::install(kept, inputs, &compliance, has_document) {
        out.diagnostics.push(e.diagnostic());
    }
    out
}
