//! Discovery: which files a run reads, from the paths the user gave.
//!
//! Directories are walked respecting `.gitignore` (also outside a git checkout) and the
//! `--exclude` globs; `.terraform/` is never walked (downloaded modules are loaded only when a
//! `module` block calls them). A `.json` file that is not `.tf.json`/`.tfvars.json` is a plan.

use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::slice::ParallelSliceMut;

use crate::base::diag::Diagnostic;

/// What a file is, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// `*.tf`
    Tf,
    /// `*.tf.json`
    TfJson,
    /// `*.tfvars`
    Tfvars,
    /// `*.tfvars.json`
    TfvarsJson,
}

impl FileKind {
    /// The kind of a file by its name, or `None` for files tfgate does not read.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?;
        if name.ends_with(".tf.json") {
            Some(FileKind::TfJson)
        } else if name.ends_with(".tfvars.json") {
            Some(FileKind::TfvarsJson)
        } else if name.ends_with(".tf") {
            Some(FileKind::Tf)
        } else if name.ends_with(".tfvars") {
            Some(FileKind::Tfvars)
        } else {
            None
        }
    }

    pub fn is_config(self) -> bool {
        matches!(self, FileKind::Tf | FileKind::TfJson)
    }
}

/// True for `override.tf`, `x_override.tf` and their `.tf.json` forms.
pub fn is_override_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let stem = name
        .strip_suffix(".tf.json")
        .or_else(|| name.strip_suffix(".tf"))
        .unwrap_or("");
    stem == "override" || stem.ends_with("_override")
}

/// The result of discovery.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Terraform files to read, sorted, without duplicates.
    pub files: Vec<PathBuf>,
    /// Plan JSON files given on the command line.
    pub plans: Vec<PathBuf>,
    /// Directories the user asked to scan (the boundary for `file()` and module sources).
    pub roots: Vec<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Walks the given paths.
pub fn discover(paths: &[PathBuf], excludes: &[String]) -> Discovered {
    discover_visiting(paths, excludes, &|_| ()).0
}

/// Walks the given paths and calls `visit` on each Terraform file as it is found, on the
/// walking threads, so reading and parsing overlap with the walk. Returns what
/// [`discover`] returns and each file's result, in the order of `Discovered::files`.
pub fn discover_visiting<T: Send>(
    paths: &[PathBuf],
    excludes: &[String],
    visit: &(dyn Fn(&Path) -> T + Sync),
) -> (Discovered, Vec<T>) {
    let mut out = Discovered::default();
    let globs = match build_globs(excludes) {
        Ok(g) => g,
        Err(d) => {
            out.diagnostics.push(d);
            GlobSet::empty()
        }
    };
    // Every file found with what `visit` returned, in the order walked; sorted at the end.
    let mut files: Vec<(PathBuf, T)> = Vec::new();
    for given in paths {
        let path = clean(given);
        let Ok(meta) = std::fs::metadata(&path) else {
            out.diagnostics.push(
                Diagnostic::error("path-not-found", "no such file or directory")
                    .in_file(path.display().to_string()),
            );
            continue;
        };
        if meta.is_file() {
            match FileKind::of(&path) {
                Some(_) => {
                    // A single Terraform file stands for its module: the directory it is in.
                    let dir = path.parent().map_or_else(|| PathBuf::from("."), clean);
                    let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir };
                    walk(&dir, &globs, &mut files, &mut out, false, visit);
                    out.roots.push(dir);
                }
                None if path.extension().is_some_and(|e| e == "json") => {
                    out.plans.push(path.clone());
                    if let Some(parent) = path.parent() {
                        let parent = if parent.as_os_str().is_empty() { Path::new(".") } else { parent };
                        out.roots.push(clean(parent));
                    }
                }
                None => out.diagnostics.push(
                    Diagnostic::error(
                        "unsupported-file",
                        "not a Terraform file (.tf, .tf.json, .tfvars, .tfvars.json) or a plan (.json)",
                    )
                    .in_file(path.display().to_string()),
                ),
            }
            continue;
        }
        let before = files.len();
        walk(&path, &globs, &mut files, &mut out, true, visit);
        // Counted before duplicates go: a directory also reached from another given path
        // still has its files.
        if files.len() == before {
            out.diagnostics.push(
                Diagnostic::error(
                    "no-terraform-files",
                    "no Terraform files (.tf, .tf.json) found in this directory",
                )
                .in_file(path.display().to_string()),
            );
        }
        out.roots.push(path);
    }
    // Path order; a file reached from two given paths keeps its first result (the sort is
    // stable).
    files.par_sort_by(|a, b| a.0.cmp(&b.0));
    files.dedup_by(|later, earlier| later.0 == earlier.0);
    let (files, visited) = files.into_iter().unzip();
    out.files = files;
    out.roots.sort();
    out.roots.dedup();
    (out, visited)
}

fn walk<T: Send>(
    root: &Path,
    globs: &GlobSet,
    files: &mut Vec<(PathBuf, T)>,
    out: &mut Discovered,
    recursive: bool,
    visit: &(dyn Fn(&Path) -> T + Sync),
) {
    let root_owned = root.to_path_buf();
    // Symlinks are not followed out of the tree a scan may read.
    let boundary = super::boundary_of(root);
    let globs_for_filter = globs.clone();
    let mut builder = ignore::WalkBuilder::new(root);
    // `.gitignore` semantics without the crate's git support, which reads ignore files in
    // every ancestor up to the filesystem root and the user's global ignore file: a scan
    // reads nothing outside its tree. Ignore files inside the walked directory apply as
    // they are met; those between the tree's root and the walked directory are added here.
    builder
        .require_git(false)
        .parents(false)
        .git_ignore(false)
        .git_exclude(false)
        .git_global(false)
        .add_custom_ignore_filename(".gitignore");
    if let Some(b) = &boundary {
        for file in ancestor_ignore_files(b, root) {
            if let Some(err) = builder.add_ignore(&file) {
                out.diagnostics.push(
                    Diagnostic::warning("ignore-file", format!("ignore file not used: {err}"))
                        .in_file(file.display().to_string()),
                );
            }
        }
    }
    let walker = builder
        .hidden(true)
        .follow_links(false)
        .max_depth(if recursive { None } else { Some(1) })
        .filter_entry(move |entry| {
            let name = entry.file_name();
            if name == ".terraform" || name == ".git" {
                return false;
            }
            let rel = entry
                .path()
                .strip_prefix(&root_owned)
                .unwrap_or(entry.path());
            !(globs_for_filter.is_match(rel) || globs_for_filter.is_match(entry.path()))
        })
        .build_parallel();
    // The walk runs on several threads; results are sorted afterwards, so order never
    // depends on scheduling.
    let found = std::sync::Mutex::new((Vec::new(), Vec::new()));
    walker.run(|| {
        Box::new(|entry| {
            let (file, error) = match entry {
                Ok(entry) if entry.path_is_symlink() => {
                    match symlink_target(entry.path(), boundary.as_deref()) {
                        Ok(Some(_)) if FileKind::of(entry.path()).is_some() => {
                            (Some(clean(entry.path())), None)
                        }
                        Ok(_) => (None, None),
                        Err(msg) => (
                            None,
                            Some((Some(clean(entry.path()).display().to_string()), msg)),
                        ),
                    }
                }
                Ok(entry) => {
                    let is_file = entry.file_type().is_some_and(|t| t.is_file());
                    let file = (is_file && FileKind::of(entry.path()).is_some())
                        .then(|| clean(entry.path()));
                    (file, None)
                }
                Err(err) => (None, Some(walk_error(&err))),
            };
            // The work on the file is done outside the lock.
            let file = file.map(|path| {
                let result = visit(&path);
                (path, result)
            });
            let mut guard = found
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            guard.0.extend(file);
            guard.1.extend(error);
            ignore::WalkState::Continue
        })
    });
    let (paths, errors) = found
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    files.extend(paths);
    let mut errors = errors;
    errors.sort();
    for (path, msg) in errors {
        out.diagnostics.push(
            Diagnostic::error("read-error", format!("cannot read: {msg}"))
                .in_file(path.unwrap_or_else(|| root.display().to_string())),
        );
    }
}

/// `.gitignore` files of the directories from the tree's root down to (not including)
/// `dir`, and the checkout's `.git/info/exclude`: all inside the tree.
fn ancestor_ignore_files(boundary: &Path, dir: &Path) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::canonicalize(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let exclude = boundary.join(".git/info/exclude");
    if exclude.is_file() {
        out.push(exclude);
    }
    let mut ancestors: Vec<&Path> = dir
        .ancestors()
        .skip(1)
        .take_while(|a| a.starts_with(boundary))
        .collect();
    ancestors.reverse();
    out.extend(
        ancestors
            .into_iter()
            .map(|a| a.join(".gitignore"))
            .filter(|f| f.is_file()),
    );
    out
}

/// Where a symlink met in the walk leads: `Ok(Some(target))` for a file inside the tree
/// (read through the link), `Ok(None)` for a directory inside the tree (not followed: the walk
/// reaches its target on its own), an error for a loop, a missing target, or a target outside
/// the tree.
fn symlink_target(link: &Path, boundary: Option<&Path>) -> Result<Option<PathBuf>, String> {
    let target = std::fs::canonicalize(link).map_err(|e| {
        format!("symlink not followed: it cannot be resolved (a loop, or a missing target): {e}")
    })?;
    if let Some(b) = boundary
        && !target.starts_with(b)
    {
        return Err(format!(
            "symlink not followed: it points outside the scanned tree, to {}",
            target.display()
        ));
    }
    Ok(target.is_file().then_some(target))
}

fn walk_error(err: &ignore::Error) -> (Option<String>, String) {
    match err {
        ignore::Error::WithPath { path, err } => {
            (Some(clean(path).display().to_string()), walk_error(err).1)
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err)
        }
        ignore::Error::Io(io) => (None, io.to_string()),
        other => (None, other.to_string()),
    }
}

fn build_globs(excludes: &[String]) -> Result<GlobSet, Diagnostic> {
    let mut builder = GlobSetBuilder::new();
    for pattern in excludes {
        let pattern = pattern.trim_end_matches('/');
        for p in [pattern.to_string(), format!("**/{pattern}")] {
            let glob = Glob::new(&p).map_err(|e| {
                Diagnostic::error(
                    "invalid-exclude",
                    format!("invalid --exclude glob `{pattern}`: {e}"),
                )
            })?;
            builder.add(glob);
        }
    }
    builder
        .build()
        .map_err(|e| Diagnostic::error("invalid-exclude", format!("invalid --exclude globs: {e}")))
}

/// Removes `.` components so display paths read `examples/main.tf`, not `./examples/main.tf`.
pub fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds() {
        let cases = [
            ("main.tf", Some(FileKind::Tf)),
            ("main.tf.json", Some(FileKind::TfJson)),
            ("terraform.tfvars", Some(FileKind::Tfvars)),
            ("x.auto.tfvars.json", Some(FileKind::TfvarsJson)),
            ("plan.json", None),
            ("README.md", None),
        ];
        for (name, kind) in cases {
            assert_eq!(FileKind::of(Path::new(name)), kind, "{name}");
        }
    }

    #[test]
    fn override_files() {
        let cases = [
            ("override.tf", true),
            ("a_override.tf", true),
            ("a_override.tf.json", true),
            ("override.tf.json", true),
            ("overrides.tf", false),
            ("main.tf", false),
        ];
        for (name, expected) in cases {
            assert_eq!(is_override_file(Path::new(name)), expected, "{name}");
        }
    }
}
