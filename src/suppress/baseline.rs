//! The baseline of accepted findings: `--write-baseline FILE` records the active findings by
//! a fingerprint that survives moving code (rule, root, resource address, argument path; no
//! line numbers); `--baseline FILE` suppresses the findings it lists, so only new ones fail,
//! and reports the entries that no longer match anything so the baseline shrinks over time.
//!
//! Roots are stored relative to the baseline file's directory, so the file matches however
//! the scan is invoked.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Kind, Suppression};
use crate::finding::Finding;
use crate::rules::RULES;

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub rule: String,
    pub root: String,
    pub resource: String,
    pub path: String,
    /// The message when it was accepted, for people reading the file.
    #[serde(default)]
    pub message: String,
}

impl Entry {
    fn key(&self) -> (&str, &str, &str, &str) {
        (&self.rule, &self.root, &self.resource, &self.path)
    }
}

/// The file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub tool: String,
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// A baseline read from disk, with its directory (roots are relative to it).
#[derive(Clone, Debug)]
pub struct Loaded {
    pub display: String,
    /// The sha256 of the file as read, for the evidence record.
    pub sha256: String,
    pub dir: std::path::PathBuf,
    pub baseline: Baseline,
}

/// Reads a baseline file; errors name the file and the line.
pub fn read(path: &Path) -> Result<Loaded, (Option<usize>, String)> {
    let text = crate::load::read_text(path, crate::load::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| (None, format!("cannot read the baseline: {e}")))?;
    let baseline: Baseline = serde_json::from_str(&text)
        .map_err(|e| (Some(e.line()), format!("not a tfgate baseline: {e}")))?;
    if baseline.tool != "tfgate" || baseline.version != 1 {
        return Err((None, "not a tfgate baseline (version 1)".to_string()));
    }
    // Entries are matched against findings, whose text is escaped, and printed when stale.
    let mut baseline = baseline;
    for e in &mut baseline.findings {
        for field in [
            &mut e.rule,
            &mut e.root,
            &mut e.resource,
            &mut e.path,
            &mut e.message,
        ] {
            *field = crate::base::escape::control(field).into_owned();
        }
    }
    Ok(Loaded {
        display: crate::base::path::display(path),
        sha256: crate::base::hex::encode(&<sha2::Sha256 as sha2::Digest>::digest(text.as_bytes())),
        dir: dir_of(path),
        baseline,
    })
}

fn dir_of(path: &Path) -> std::path::PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
}

/// A root (directory or plan file, as displayed) relative to `dir`.
fn root_key(root: &str, dir: &Path) -> String {
    let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| Path::new(root).to_path_buf());
    let rel = canonical.strip_prefix(dir).unwrap_or(&canonical);
    let s = crate::base::path::display(rel);
    if s.is_empty() { ".".to_string() } else { s }
}

/// Baseline entries of findings; each root is resolved against the file system once, not
/// once per finding.
struct Entries<'a> {
    dir: &'a Path,
    roots: HashMap<&'a str, String>,
}

impl<'a> Entries<'a> {
    fn new(dir: &'a Path) -> Self {
        Entries {
            dir,
            roots: HashMap::new(),
        }
    }

    fn of(&mut self, f: &'a Finding) -> Entry {
        let dir = self.dir;
        let root = self
            .roots
            .entry(&f.root)
            .or_insert_with(|| root_key(&f.root, dir));
        Entry {
            rule: RULES[f.rule].id.to_string(),
            root: root.clone(),
            resource: f.resource.clone(),
            path: f.path.clone(),
            message: f.message.clone(),
        }
    }
}

/// True for findings about something in the configuration: a resource instance, or what a
/// team's policy judges without one (a module call, a provider block, a planned delete).
fn about_resource(f: &Finding) -> bool {
    f.instance.is_some()
        || (!f.resource.is_empty() && RULES[f.rule].area == crate::rules::Area::Policy)
}

/// Writes the active findings (those about resources) as a baseline.
pub fn write(path: &Path, findings: &[Finding]) -> std::io::Result<usize> {
    let dir = dir_of(path);
    let mut of = Entries::new(&dir);
    let mut entries: Vec<Entry> = findings
        .iter()
        .filter(|f| f.is_active() && about_resource(f))
        .map(|f| of.of(f))
        .collect();
    entries.sort();
    entries.dedup_by(|a, b| a.key() == b.key());
    let doc = Baseline {
        tool: "tfgate".to_string(),
        version: 1,
        findings: entries,
    };
    let mut text = serde_json::to_string_pretty(&doc).map_err(std::io::Error::other)?;
    text.push('\n');
    std::fs::write(path, text)?;
    Ok(doc.findings.len())
}

/// Suppresses the findings the baseline lists; returns the entries that matched nothing.
pub fn apply(loaded: &Loaded, findings: &mut [Finding]) -> Vec<Entry> {
    // Each key's first entry, found once: a baseline lists about as many entries as there
    // are findings.
    let mut by_key: HashMap<(&str, &str, &str, &str), usize> = HashMap::new();
    for (n, b) in loaded.baseline.findings.iter().enumerate() {
        by_key.entry(b.key()).or_insert(n);
    }
    let mut of = Entries::new(&loaded.dir);
    let mut hits = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if !(f.is_active() && about_resource(f)) {
            continue;
        }
        let e = of.of(f);
        if let Some(&n) = by_key.get(&e.key()) {
            hits.push((i, n));
        }
    }
    let mut matched = BTreeSet::new();
    for (i, n) in hits {
        matched.insert(n);
        findings[i].suppressed = Some(Box::new(Suppression {
            kind: Kind::Baseline,
            reason: Some("accepted in the baseline".to_string()),
            expires: None,
            approved_by: None,
            ticket: None,
            source: loaded.display.clone(),
        }));
    }
    loaded
        .baseline
        .findings
        .iter()
        .enumerate()
        .filter(|(n, _)| !matched.contains(n))
        .map(|(_, e)| e.clone())
        .collect()
}
