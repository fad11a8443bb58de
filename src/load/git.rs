//! The commit checked out around a scanned path, read from `.git` (worktrees, detached heads
//! and packed refs included) without running git, for the evidence record.

use std::path::{Path, PathBuf};

/// A checked-out commit and the branch reference it was reached through, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub commit: String,
    pub reference: Option<String>,
}

/// The commit checked out in the git repository around `start`, read from `.git`.
pub fn head(start: &Path) -> Option<Head> {
    let start = std::fs::canonicalize(start).ok()?;
    let dot_git = start
        .ancestors()
        .map(|d| d.join(".git"))
        .find(|g| g.exists())?;
    let git_dir = if dot_git.is_file() {
        // A worktree or submodule: `gitdir: <path>`.
        let text = std::fs::read_to_string(&dot_git).ok()?;
        let target = PathBuf::from(text.strip_prefix("gitdir:")?.trim());
        if target.is_absolute() {
            target
        } else {
            dot_git.parent()?.join(target)
        }
    } else {
        dot_git
    };
    let common = match std::fs::read_to_string(git_dir.join("commondir")) {
        Ok(c) => git_dir.join(c.trim()),
        Err(_) => git_dir.clone(),
    };
    let head = std::fs::read_to_string(git_dir.join("HEAD")).ok()?;
    let head = head.trim();
    let Some(reference) = head.strip_prefix("ref:").map(str::trim) else {
        return is_hash(head).then(|| Head {
            commit: head.to_string(),
            reference: None,
        });
    };
    for dir in [&git_dir, &common] {
        if let Ok(id) = std::fs::read_to_string(dir.join(reference)) {
            let id = id.trim();
            if is_hash(id) {
                return Some(Head {
                    commit: id.to_string(),
                    reference: Some(reference.to_string()),
                });
            }
        }
    }
    let packed = std::fs::read_to_string(common.join("packed-refs")).ok()?;
    packed.lines().find_map(|line| {
        let (id, name) = line.split_once(' ')?;
        (name.trim() == reference && is_hash(id)).then(|| Head {
            commit: id.to_string(),
            reference: Some(reference.to_string()),
        })
    })
}

fn is_hash(s: &str) -> bool {
    (s.len() == 40 || s.len() == 64) && s.bytes().all(|b| b.is_ascii_hexdigit())
}
