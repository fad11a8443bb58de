//! `.tfgate.toml`: which rules run, severity overrides, the failure threshold, excluded
//! paths, variable files, and where the baseline and the exceptions register live.
//!
//! Found upward from the first scanned path (not above the git checkout that holds it), or
//! given with `--config`. Unknown keys are errors naming the key, the file and the line.
//! Command-line flags win over the file: a flag given replaces the file's value.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::finding::Severity;

/// The file name searched for.
pub const FILE_NAME: &str = ".tfgate.toml";
/// The exceptions register's default name, beside the configuration or the scanned tree.
pub const EXCEPTIONS_FILE_NAME: &str = ".tfgate-exceptions.toml";

/// The failure threshold: findings at or above it fail the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Low,
    Medium,
    High,
    Critical,
    /// Findings never fail the run (errors in the input still do).
    Never,
}

impl FailOn {
    /// True when a finding of this severity fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        let threshold = match self {
            FailOn::Low => Severity::Low,
            FailOn::Medium => Severity::Medium,
            FailOn::High => Severity::High,
            FailOn::Critical => Severity::Critical,
            FailOn::Never => return false,
        };
        severity >= threshold
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Low => "low",
            FailOn::Medium => "medium",
            FailOn::High => "high",
            FailOn::Critical => "critical",
            FailOn::Never => "never",
        }
    }
}

/// The file as written.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct File {
    /// Rules to run: ids, names, peer aliases, areas (`s3`) or `all`. Default: all.
    pub select: Option<Vec<String>>,
    /// Rules not to run, by the same keys.
    pub ignore: Option<Vec<String>>,
    /// Severity per rule key.
    pub severity: Option<BTreeMap<String, Severity>>,
    pub fail_on: Option<FailOn>,
    /// Globs (`"examples/**"`) or accepted exclusions (`{ path = "legacy/**", reason =
    /// "..." }`), checked by [`read`] into [`Loaded::exclusions`].
    pub exclude: Option<Vec<toml::Spanned<toml::Value>>>,
    pub var_files: Option<Vec<PathBuf>>,
    /// The accepted-findings file (`baseline = "FILE"`), or the baseline document
    /// (`[baseline]`: name, version, effective, owner, review-by, and `file` for the
    /// accepted findings).
    pub baseline: Option<BaselineKey>,
    pub exceptions: Option<PathBuf>,
    /// Directories (or files) of `*.policy.hcl` policies.
    pub policies: Option<Vec<PathBuf>>,
    /// Values of the policies' `input`s.
    pub policy_inputs: Option<BTreeMap<String, toml::Value>>,
    /// Compliance mappings per policy id: `"POL-tags-required_tags" = ["SOC2:CC8.1"]`.
    pub policy_compliance: Option<BTreeMap<String, Vec<String>>>,
    /// `[account]`: the account-level controls another configuration provides.
    pub account: Option<AccountTable>,
}

/// The `[account]` table: `managed-elsewhere = ["guardduty", "config"]` names the account
/// controls (`rules::AccountControl`) that another configuration (a landing zone, an
/// organization-wide baseline) provides; "the account lacks X" is then undecided, not a
/// finding.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AccountTable {
    pub managed_elsewhere: Option<Vec<toml::Spanned<String>>>,
}

/// `baseline = "FILE"` or a `[baseline]` table.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "toml::Value")]
pub enum BaselineKey {
    File(PathBuf),
    Document(BaselineDocument),
}

impl TryFrom<toml::Value> for BaselineKey {
    type Error = String;

    /// A string is the accepted-findings file; a table the document, whose own errors
    /// (an unknown or missing key) are kept rather than "matched no variant".
    fn try_from(v: toml::Value) -> Result<BaselineKey, String> {
        match v {
            toml::Value::String(s) => Ok(BaselineKey::File(PathBuf::from(s))),
            toml::Value::Table(t) => BaselineDocument::deserialize(t)
                .map(BaselineKey::Document)
                .map_err(|e| format!("[baseline]: {}", e.message().trim())),
            other => Err(format!(
                "`baseline` is a file name or a [baseline] table (name, version, effective, owner, review-by, file), not a {}",
                other.type_str()
            )),
        }
    }
}

/// The baseline document: what the organisation's secure configuration baseline is called,
/// its version, since when it is in force, who owns it and when it must be reviewed.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BaselineDocument {
    pub name: String,
    pub version: String,
    /// `YYYY-MM-DD`.
    pub effective: String,
    pub owner: Option<String>,
    /// `YYYY-MM-DD`: a date in the past is a governance finding.
    pub review_by: Option<String>,
    /// The accepted-findings file, as `baseline = "FILE"` names it.
    pub file: Option<PathBuf>,
}

impl File {
    /// The accepted-findings file, however `baseline` is written.
    pub fn baseline_file(&self) -> Option<PathBuf> {
        match &self.baseline {
            Some(BaselineKey::File(p)) => Some(p.clone()),
            Some(BaselineKey::Document(d)) => d.file.clone(),
            None => None,
        }
    }

    /// The `[baseline]` document, when written.
    pub fn baseline_document(&self) -> Option<&BaselineDocument> {
        match &self.baseline {
            Some(BaselineKey::Document(d)) => Some(d),
            _ => None,
        }
    }
}

/// A configuration file read, with its place.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub file: File,
    /// The file's text, for the evidence hash.
    pub text: String,
    /// The file's `exclude` entries, in order.
    pub exclusions: Vec<Exclusion>,
    /// `[account] managed-elsewhere`, checked.
    pub managed_elsewhere: Vec<crate::rules::AccountControl>,
}

/// One `exclude` entry of the file: a glob, with the reason it is accepted when written as
/// `{ path = "...", reason = "..." }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exclusion {
    pub glob: String,
    /// Why this path is not checked; `None` for a bare glob.
    pub reason: Option<String>,
    /// The entry's line in the file.
    pub line: usize,
}

/// The form an accepted exclusion takes, for error messages.
fn exclusion_form(glob: &str) -> String {
    format!("write `exclude = [{{ path = {glob:?}, reason = \"why it is not checked\" }}]`")
}

/// Checks the `exclude` entries: each a glob, or a table with a `path` and a non-empty
/// `reason` (and nothing else).
fn exclusions(
    entries: &[toml::Spanned<toml::Value>],
    text: &str,
    file: &str,
) -> Result<Vec<Exclusion>, Error> {
    let mut out = Vec::new();
    for entry in entries {
        let line = text[..entry.span().start.min(text.len())]
            .matches('\n')
            .count()
            + 1;
        let error = |message: String| Error {
            file: file.to_string(),
            line: Some(line),
            message,
        };
        match entry.get_ref() {
            toml::Value::String(glob) => out.push(Exclusion {
                glob: glob.clone(),
                reason: None,
                line,
            }),
            toml::Value::Table(table) => {
                if let Some(key) = table.keys().find(|k| *k != "path" && *k != "reason") {
                    return Err(error(format!(
                        "unknown key `{key}` in an `exclude` entry (it takes `path` and `reason`)"
                    )));
                }
                let Some(toml::Value::String(glob)) = table.get("path") else {
                    return Err(error(format!(
                        "an `exclude` entry has no `path` string: {}",
                        exclusion_form("legacy/**")
                    )));
                };
                let reason = match table.get("reason") {
                    Some(toml::Value::String(r)) if !r.trim().is_empty() => r.trim().to_string(),
                    _ => {
                        return Err(error(format!(
                            "the exclusion of `{glob}` gives no reason: {}",
                            exclusion_form(glob)
                        )));
                    }
                };
                out.push(Exclusion {
                    glob: glob.clone(),
                    reason: Some(reason),
                    line,
                });
            }
            other => {
                return Err(error(format!(
                    "an `exclude` entry of type {} is neither a glob nor a table: {}",
                    other.type_str(),
                    exclusion_form("legacy/**")
                )));
            }
        }
    }
    Ok(out)
}

impl Loaded {
    /// A path from the file, relative to the file's directory.
    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            let dir = self.path.parent().unwrap_or(Path::new("."));
            crate::base::path::normalize(&dir.join(p))
        }
    }

    /// [`Loaded::resolve`], refused unless the path stays inside the repository that holds
    /// the file (its git checkout, else its directory), as written and where it really
    /// leads: the file comes with the code under review, so it may not make tfgate read
    /// anything else. The error names the key and says why.
    pub fn resolve_confined(&self, key: &str, p: &Path) -> Result<PathBuf, Error> {
        let resolved = self.resolve(p);
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let refuse = |why: String| Error {
            file: self.path.to_string_lossy().replace('\\', "/"),
            line: line_of(&self.text, key),
            message: format!("`{key}` names {}: {why}", p.display()),
        };
        let (Some(repo), Ok(canonical_dir)) = (
            crate::base::read::boundary_of(dir),
            std::fs::canonicalize(dir),
        ) else {
            return Err(refuse(
                "the repository holding the configuration cannot be resolved".into(),
            ));
        };
        let outside = || {
            refuse(format!(
                "it is outside the repository ({}); paths in the configuration stay inside it",
                repo.display()
            ))
        };
        // As written, against the configuration's real directory; then where it leads.
        if !crate::base::path::normalize(&canonical_dir.join(p)).starts_with(&repo) {
            return Err(outside());
        }
        if let Ok(real) = std::fs::canonicalize(&resolved)
            && !real.starts_with(&repo)
        {
            return Err(outside());
        }
        Ok(resolved)
    }
}

/// A configuration error, located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

/// Reads and checks a configuration file.
pub fn read(path: &Path) -> Result<Loaded, Error> {
    let loaded = parse(path)?;
    check_keys(loaded)
}

/// Reads a configuration file without checking its rule keys (policies are registered as
/// rules from what it names, before [`read`] checks the keys against them).
pub fn parse(path: &Path) -> Result<Loaded, Error> {
    let display = crate::base::path::display(path);
    let text = crate::base::read::read_text(path, crate::base::read::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| Error {
            file: display.clone(),
            line: None,
            message: format!("cannot read the configuration: {e}"),
        })?;
    let file: File = toml::from_str(&text).map_err(|e| Error {
        file: display.clone(),
        line: e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
        message: e.message().trim().to_string(),
    })?;
    if let Some(d) = file.baseline_document() {
        for (key, value) in [
            ("effective", Some(&d.effective)),
            ("review-by", d.review_by.as_ref()),
        ] {
            if let Some(v) = value
                && crate::base::date::Date::parse(v).is_none()
            {
                return Err(Error {
                    file: display,
                    line: line_of(&text, key),
                    message: format!("[baseline] `{key}` must be a date (YYYY-MM-DD), got `{v}`"),
                });
            }
        }
    }
    let exclusions = exclusions(file.exclude.as_deref().unwrap_or_default(), &text, &display)?;
    let managed_elsewhere = managed_elsewhere(&file, &text, &display)?;
    Ok(Loaded {
        path: path.to_path_buf(),
        file,
        text,
        exclusions,
        managed_elsewhere,
    })
}

/// Checks `[account] managed-elsewhere`: each entry names an account control.
fn managed_elsewhere(
    file: &File,
    text: &str,
    display: &str,
) -> Result<Vec<crate::rules::AccountControl>, Error> {
    use crate::rules::AccountControl;
    let entries = file
        .account
        .as_ref()
        .and_then(|a| a.managed_elsewhere.as_deref())
        .unwrap_or_default();
    let mut out = Vec::new();
    for entry in entries {
        let Some(control) = AccountControl::parse(entry.get_ref()) else {
            let names: Vec<&str> = AccountControl::ALL.iter().map(|c| c.name()).collect();
            return Err(Error {
                file: display.to_string(),
                line: Some(
                    text[..entry.span().start.min(text.len())]
                        .matches('\n')
                        .count()
                        + 1,
                ),
                message: format!(
                    "[account] `managed-elsewhere` names `{}`, which is no account control (one of: {})",
                    entry.get_ref(),
                    names.join(", ")
                ),
            });
        };
        out.push(control);
    }
    Ok(out)
}

fn check_keys(loaded: Loaded) -> Result<Loaded, Error> {
    let (file, text) = (&loaded.file, &loaded.text);
    let display = crate::base::path::display(&loaded.path);
    for key in file
        .select
        .iter()
        .chain(&file.ignore)
        .flatten()
        .chain(file.severity.iter().flat_map(|m| m.keys()))
    {
        if crate::rules::select(key).is_empty() {
            return Err(Error {
                file: display,
                line: line_of(text, key),
                message: crate::rules::unknown_key(key),
            });
        }
    }
    Ok(loaded)
}

fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.find(needle)
        .map(|at| text[..at].matches('\n').count() + 1)
}

/// Finds `.tfgate.toml` from `start` upward, stopping at the git checkout that holds it
/// (outside git, only `start`'s own directory is looked at: nothing above the scanned tree
/// is read).
pub fn find(start: &Path, name: &str) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let dir = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    let tree = crate::base::read::boundary_of(&dir)?;
    for d in dir.ancestors().take_while(|d| d.starts_with(&tree)) {
        let candidate = d.join(name);
        if candidate.is_file() {
            return Some(relative_to_cwd(candidate));
        }
    }
    None
}

/// A path under the working directory, made relative to it for display.
fn relative_to_cwd(path: PathBuf) -> PathBuf {
    let cwd = std::env::current_dir().and_then(std::fs::canonicalize);
    match cwd
        .ok()
        .and_then(|c| path.strip_prefix(&c).ok().map(Path::to_path_buf))
    {
        Some(rel) if !rel.as_os_str().is_empty() => rel,
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "fail-on = \"high\"\n\nfail_on_typo = 1\n").expect("write");
        let err = read(&path).expect_err("unknown key");
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("fail_on_typo"), "{}", err.message);
    }

    #[test]
    fn exclusions_are_globs_or_have_a_reason() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        type Want<'a> = Result<&'a [(&'a str, Option<&'a str>)], (usize, &'a str)>;
        let cases: &[(&str, Want)] = &[
            ("exclude = [\"a/**\"]\n", Ok(&[("a/**", None)])),
            (
                "exclude = [\n  \"a\",\n  { path = \"old/**\", reason = \" 0.11 syntax \" },\n]\n",
                Ok(&[("a", None), ("old/**", Some("0.11 syntax"))]),
            ),
            (
                "[[exclude]]\npath = \"x\"\nreason = \"vendored\"\n",
                Ok(&[("x", Some("vendored"))]),
            ),
            (
                "fail-on = \"high\"\nexclude = [\n  \"a\",\n  { path = \"old/**\" },\n]\n",
                Err((4, "the exclusion of `old/**` gives no reason")),
            ),
            (
                "exclude = [{ path = \"old\", reason = \"  \" }]\n",
                Err((1, "gives no reason")),
            ),
            ("\n[[exclude]]\nreason = \"r\"\n", Err((2, "has no `path`"))),
            (
                "exclude = [{ path = \"o\", reason = \"r\", until = 1 }]\n",
                Err((1, "unknown key `until`")),
            ),
            ("exclude = [1]\n", Err((1, "of type integer"))),
        ];
        for (text, want) in cases {
            std::fs::write(&path, text).expect("write");
            match (read(&path), want) {
                (Ok(loaded), Ok(want)) => {
                    let got: Vec<(&str, Option<&str>)> = loaded
                        .exclusions
                        .iter()
                        .map(|e| (e.glob.as_str(), e.reason.as_deref()))
                        .collect();
                    assert_eq!(&got, want, "{text}");
                }
                (Err(err), Err((line, message))) => {
                    assert_eq!(err.line, Some(*line), "{text}");
                    assert!(err.message.contains(message), "{text}: {}", err.message);
                    assert!(err.file.ends_with(FILE_NAME), "{}", err.file);
                }
                (got, _) => panic!("{text}: {got:?}"),
            }
        }
    }

    #[test]
    fn account_controls_managed_elsewhere_are_checked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(
            &path,
            "[account]\nmanaged-elsewhere = [\"guardduty\", \"Config\"]\n",
        )
        .expect("write");
        let loaded = read(&path).expect("valid");
        assert_eq!(
            loaded.managed_elsewhere,
            [
                crate::rules::AccountControl::GuardDuty,
                crate::rules::AccountControl::Config
            ]
        );
        std::fs::write(
            &path,
            "fail-on = \"high\"\n[account]\nmanaged-elsewhere = [\n  \"guardduty\",\n  \"inspector\",\n]\n",
        )
        .expect("write");
        let err = read(&path).expect_err("unknown control");
        assert_eq!(err.line, Some(5));
        assert!(err.message.contains("`inspector`"), "{}", err.message);
        assert!(err.file.ends_with(FILE_NAME), "{}", err.file);
        std::fs::write(&path, "[account]\nmanaged_elsewhere = []\n").expect("write");
        assert_eq!(read(&path).expect_err("unknown key").line, Some(2));
    }

    #[test]
    fn rule_keys_are_checked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(
            &path,
            "select = [\"s3\", \"CKV_AWS_7\"]\nignore = [\"nope\"]\n",
        )
        .expect("write");
        let err = read(&path).expect_err("unknown rule");
        assert_eq!(err.line, Some(2));
    }
}
