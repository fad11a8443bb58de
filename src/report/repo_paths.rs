//! Paths as code hosts want them: relative to the root of the repository, whatever the
//! working directory and however the scanned directory was named (`.`, `infra`, an absolute
//! path). GitHub reads annotation paths (`--format github`) and SARIF `artifactLocation.uri`s
//! against the repository root; the text and JSON reports keep the paths as the user typed
//! them.
//!
//! The root of a file is, in order: the scanned tree that holds it when that tree is a git
//! checkout (the tree is already the enclosing checkout of a scanned directory,
//! `base::read::boundary_of`; whether it is one is the existence of its `.git`, a metadata
//! lookup inside the tree), else `GITHUB_WORKSPACE` when it is set and holds the file (a
//! checkout without `.git`, as `actions/checkout` makes when git is missing), else the
//! working directory when it holds the file; outside all of them the path stays as shown.
//! Files are compared by canonical path (one metadata lookup per file named in a report,
//! never a read), so a symlinked working directory or scanned path gives the same answer.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::base::span::FileId;
use crate::scan::Scan;

/// Repository-relative paths of a scan's files, worked out once per file.
pub struct RepoPaths<'a> {
    scan: &'a Scan,
    /// Candidate roots, canonical, in the order they are tried.
    roots: Vec<PathBuf>,
    cwd: PathBuf,
    files: Vec<OnceLock<String>>,
}

impl<'a> RepoPaths<'a> {
    /// The roots of a scan, with `GITHUB_WORKSPACE` from the environment.
    pub fn new(scan: &'a Scan) -> RepoPaths<'a> {
        let workspace = std::env::var_os("GITHUB_WORKSPACE").map(PathBuf::from);
        let cwd = std::env::current_dir().unwrap_or_default();
        let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
        let mut checkouts: Vec<PathBuf> = scan
            .loaded
            .boundaries
            .iter()
            .filter(|b| b.join(".git").exists())
            .cloned()
            .collect();
        // The innermost checkout first (a submodule scanned together with its parent).
        checkouts.sort_by_key(|b| std::cmp::Reverse(b.components().count()));
        checkouts.dedup();
        let mut roots = checkouts;
        if let Some(ws) = workspace.filter(|w| !w.as_os_str().is_empty()) {
            let ws = if ws.is_absolute() { ws } else { cwd.join(ws) };
            roots.push(std::fs::canonicalize(&ws).unwrap_or(ws));
        }
        roots.push(cwd.clone());
        RepoPaths {
            scan,
            roots,
            cwd,
            files: (0..scan.loaded.files.len())
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// The repository-relative path of a file read in the scan.
    pub fn file(&self, id: FileId) -> &str {
        let file = self.scan.loaded.files.get(id);
        match self.files.get(id.0 as usize) {
            Some(cell) => cell.get_or_init(|| self.resolve(&file.path, &file.display)),
            None => &file.display,
        }
    }

    /// The repository-relative form of a path named in a diagnostic or a plan root.
    pub fn path(&self, path: &str) -> String {
        self.resolve(Path::new(path), path)
    }

    fn resolve(&self, path: &Path, shown: &str) -> String {
        let abs = crate::base::path::normalize(&if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.cwd.join(path)
        });
        let canon = std::fs::canonicalize(&abs).unwrap_or(abs);
        self.roots
            .iter()
            .find_map(|root| canon.strip_prefix(root).ok())
            .filter(|rel| !rel.as_os_str().is_empty())
            // File names are scanned content: escaped as every displayed path is.
            .map_or_else(
                || shown.to_string(),
                |rel| crate::base::escape::control(&crate::base::path::display(rel)).into_owned(),
            )
    }
}
