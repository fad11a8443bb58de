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
    /// The name need not be UTF-8: Terraform loads `\xff.tf` too.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.as_encoded_bytes();
        if name.ends_with(b".tf.json") {
            Some(FileKind::TfJson)
        } else if name.ends_with(b".tfvars.json") {
            Some(FileKind::TfvarsJson)
        } else if name.ends_with(b".tf") {
            Some(FileKind::Tf)
        } else if name.ends_with(b".tfvars") {
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
    /// Directories an `--exclude` glob left out (a pruned directory, or one whose Terraform
    /// file a glob matched), sorted: named when they leave a path with nothing to scan.
    pub excluded: Vec<PathBuf>,
}

/// Walks the given paths.
pub fn discover(paths: &[PathBuf], excludes: &[String]) -> Discovered {
    discover_visiting(paths, excludes, &|files| vec![(); files.len()]).0
}

/// Walks the given paths and calls `visit` on each directory's Terraform files as they are
/// found (one call per directory, a result per file), from the walking threads, so reading
/// and parsing overlap with the walk. Returns what [`discover`] returns and each file's
/// result, in the order of `Discovered::files`.
pub fn discover_visiting<T: Send>(
    paths: &[PathBuf],
    excludes: &[String],
    visit: &(dyn Fn(&[PathBuf]) -> Vec<T> + Sync),
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
                    let (before, excluded_before) = (files.len(), out.excluded.len());
                    walk(&dir, &globs, &mut files, &mut out, false, visit);
                    // The file's directory left out by an exclude: nothing of it is scanned.
                    if files.len() == before && out.excluded.len() > excluded_before {
                        let message = nothing_left_message(&out.excluded[excluded_before..]);
                        out.diagnostics.push(
                            Diagnostic::error("no-terraform-files", message)
                                .in_file(path.display().to_string()),
                        );
                    }
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
        let excluded_before = out.excluded.len();
        walk(&path, &globs, &mut files, &mut out, true, visit);
        // Counted before duplicates go: a directory also reached from another given path
        // still has its files. Variable files alone are no configuration: nothing to check.
        let configured = files[before..]
            .iter()
            .any(|(f, _)| FileKind::of(f).is_some_and(FileKind::is_config));
        if !configured {
            let excluded = &mut out.excluded[excluded_before..];
            excluded.sort();
            let message = if excluded.is_empty() {
                "no Terraform files (.tf, .tf.json) found in this directory (hidden directories \
                 and those an ignore file such as .gitignore names are not walked)"
                    .to_string()
            } else {
                nothing_left_message(excluded)
            };
            out.diagnostics.push(
                Diagnostic::error("no-terraform-files", message)
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
    out.excluded.sort();
    out.excluded.dedup();
    (out, visited)
}

/// The error for a given directory whose every Terraform directory an exclude glob left
/// out: an exclude that leaves nothing to scan must not pass as a clean run.
fn nothing_left_message(excluded: &[PathBuf]) -> String {
    const SHOWN: usize = 5;
    let mut names: Vec<String> = excluded
        .iter()
        .take(SHOWN)
        .map(|p| {
            format!(
                "`{}`",
                crate::base::escape::control(&p.display().to_string())
            )
        })
        .collect();
    if excluded.len() > SHOWN {
        names.push(format!("{} more", excluded.len() - SHOWN));
    }
    format!(
        "nothing left to scan: the exclude globs (`--exclude`, `exclude` in .tfgate.toml) \
         leave out every directory with Terraform files here ({} excluded: {}); a scan of \
         nothing fails, as for an empty directory",
        excluded.len(),
        names.join(", ")
    )
}

/// Walks `root` (only its own files unless `recursive`): directories are pruned by ignore
/// files, hidden names, `.git`, `.terraform` and `--exclude`, but in every directory that is
/// scanned each file Terraform would load is read, whatever an ignore file says of it (a
/// force-added `evil.tf`, a git-ignored `terraform.tfvars`). A directory reached only
/// through a symlink (`prod -> .real/prod`) is walked through the link.
fn walk<T: Send>(
    root: &Path,
    globs: &GlobSet,
    files: &mut Vec<(PathBuf, T)>,
    out: &mut Discovered,
    recursive: bool,
    visit: &(dyn Fn(&[PathBuf]) -> Vec<T> + Sync),
) {
    let mut walked = Vec::new();
    let mut linked = Vec::new();
    walk_dirs(
        root,
        globs,
        files,
        out,
        recursive,
        visit,
        &mut walked,
        &mut linked,
    );
    if !recursive || linked.is_empty() {
        return;
    }
    // Linked directories whose target the walk did not reach (hidden, ignored, or outside
    // the walked path), each once, through the link; links met there are followed the same
    // way, never twice to one target.
    let mut seen: std::collections::BTreeSet<PathBuf> = walked
        .iter()
        .filter_map(|d| std::fs::canonicalize(d).ok())
        .collect();
    while let Some((link, target)) = linked.pop() {
        if !seen.insert(target) {
            continue;
        }
        let mut more_walked = Vec::new();
        walk_dirs(
            &link,
            globs,
            files,
            out,
            true,
            visit,
            &mut more_walked,
            &mut linked,
        );
        seen.extend(
            more_walked
                .iter()
                .filter_map(|d| std::fs::canonicalize(d).ok()),
        );
    }
}

/// One walk of `root`: reads the Terraform files of every directory it scans, and returns the
/// directories scanned and the symlinks to directories inside the tree it met, with their
/// targets.
#[allow(clippy::too_many_arguments)]
fn walk_dirs<T: Send>(
    root: &Path,
    globs: &GlobSet,
    files: &mut Vec<(PathBuf, T)>,
    out: &mut Discovered,
    recursive: bool,
    visit: &(dyn Fn(&[PathBuf]) -> Vec<T> + Sync),
    walked: &mut Vec<PathBuf>,
    linked: &mut Vec<(PathBuf, PathBuf)>,
) {
    let root_owned = root.to_path_buf();
    // Symlinks are not followed out of the tree a scan may read.
    let boundary = super::boundary_of(root);
    let globs_for_filter = globs.clone();
    let pruned: std::sync::Arc<std::sync::Mutex<Vec<PathBuf>>> = std::sync::Arc::default();
    let pruned_by_filter = std::sync::Arc::clone(&pruned);
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
        .max_depth(if recursive { None } else { Some(0) })
        .filter_entry(move |entry| {
            let name = entry.file_name();
            if name == ".terraform" || name == ".git" {
                return false;
            }
            let rel = entry
                .path()
                .strip_prefix(&root_owned)
                .unwrap_or(entry.path());
            let excluded =
                globs_for_filter.is_match(rel) || globs_for_filter.is_match(entry.path());
            if excluded && entry.file_type().is_some_and(|t| t.is_dir()) {
                pruned_by_filter
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(clean(entry.path()));
            }
            !excluded
        })
        .build_parallel();
    // The walk runs on several threads; results are sorted afterwards, so order never
    // depends on scheduling.
    let found = std::sync::Mutex::new(Found::default());
    let root_owned = root.to_path_buf();
    walker.run(|| {
        Box::new(|entry| {
            let mut here: Found<T> = Found::default();
            match entry {
                Ok(entry) if entry.path_is_symlink() => {
                    // A linked file is read with its directory; a linked directory is
                    // walked through the link afterwards if its target is not walked.
                    if let Ok(target) = std::fs::canonicalize(entry.path())
                        && target.is_dir()
                        && boundary.as_ref().is_none_or(|b| target.starts_with(b))
                    {
                        here.linked.push((clean(entry.path()), target));
                    }
                }
                Ok(entry) if entry.file_type().is_some_and(|t| t.is_dir()) => {
                    let dir = clean(entry.path());
                    scan_dir(&dir, &root_owned, globs, boundary.as_deref(), &mut here);
                    here.walked.push(dir);
                }
                Ok(_) => {}
                Err(err) => here.errors.push(walk_error(&err)),
            }
            // The work on the files is done outside the lock.
            let files = std::mem::take(&mut here.files);
            let read: Vec<(PathBuf, T)> = if files.is_empty() {
                Vec::new()
            } else {
                let results = visit(&files);
                files.into_iter().zip(results).collect()
            };
            let mut guard = found
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            guard.errors.append(&mut here.errors);
            guard.walked.append(&mut here.walked);
            guard.linked.append(&mut here.linked);
            guard.excluded.append(&mut here.excluded);
            guard.read.extend(read);
            ignore::WalkState::Continue
        })
    });
    let found = found
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    files.extend(found.read);
    walked.extend(found.walked);
    linked.extend(found.linked);
    out.excluded.extend(found.excluded);
    out.excluded.extend(std::mem::take(
        &mut *pruned
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    ));
    let mut errors = found.errors;
    errors.sort();
    for (path, msg) in errors {
        out.diagnostics.push(
            Diagnostic::error("read-error", format!("cannot read: {msg}"))
                .in_file(path.unwrap_or_else(|| root.display().to_string())),
        );
    }
}

/// What one walking thread found in one entry, and what the walk found in all.
struct Found<T> {
    files: Vec<PathBuf>,
    read: Vec<(PathBuf, T)>,
    walked: Vec<PathBuf>,
    linked: Vec<(PathBuf, PathBuf)>,
    excluded: Vec<PathBuf>,
    errors: Vec<(Option<String>, String)>,
}

impl<T> Default for Found<T> {
    fn default() -> Self {
        Found {
            files: Vec::new(),
            read: Vec::new(),
            walked: Vec::new(),
            linked: Vec::new(),
            excluded: Vec::new(),
            errors: Vec::new(),
        }
    }
}

/// The files Terraform would load in a scanned directory, by listing it: ignore files do
/// not hide them. Names starting with a dot are skipped, as Terraform skips them. An
/// `--exclude` glob that matches one of them leaves the whole directory out (a module is
/// scanned whole or not at all).
fn scan_dir<T>(
    dir: &Path,
    root: &Path,
    globs: &GlobSet,
    boundary: Option<&Path>,
    here: &mut Found<T>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            here.errors
                .push((Some(dir.display().to_string()), e.to_string()));
            return;
        }
    };
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push((Some(dir.display().to_string()), e.to_string()));
                continue;
            }
        };
        let path = dir.join(entry.file_name());
        if FileKind::of(&path).is_none() || entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let shown = || clean(&path).display().to_string();
        match entry.file_type() {
            Ok(t) if t.is_file() => files.push(clean(&path)),
            Ok(t) if t.is_symlink() => match symlink_target(&path, boundary) {
                Ok(Some(_)) => files.push(clean(&path)),
                Ok(None) => {}
                Err(msg) => errors.push((Some(shown()), msg)),
            },
            Ok(t) if t.is_dir() => {}
            // A FIFO, socket or device with a Terraform name: Terraform would try to read
            // it, tfgate refuses it (opening a FIFO blocks).
            Ok(_) => errors.push((
                Some(shown()),
                "it is not a regular file (a FIFO, socket or device); tfgate reads regular files only".to_string(),
            )),
            Err(e) => errors.push((Some(shown()), e.to_string())),
        }
    }
    let excluded = files
        .iter()
        .any(|f| globs.is_match(f.strip_prefix(root).unwrap_or(f)) || globs.is_match(f));
    if excluded {
        here.excluded.push(dir.to_path_buf());
        return;
    }
    here.files.extend(files);
    here.errors.extend(errors);
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
    let meta = std::fs::metadata(&target)
        .map_err(|e| format!("symlink not followed: its target cannot be read: {e}"))?;
    if meta.is_dir() {
        return Ok(None);
    }
    if !meta.is_file() && FileKind::of(link).is_some() {
        return Err(
            "symlink not followed: its target is not a regular file (a FIFO, socket or device)"
                .to_string(),
        );
    }
    Ok(meta.is_file().then_some(target))
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
