//! `--fix`, `--unsafe-fixes` and `--diff`: apply fixes in memory, re-parse and re-check,
//! repeat until nothing more applies; the caller then writes the files or prints the diff.
//!
//! Every pass scans the tree with the fixed texts laid over the files on disk, so the final
//! report is the re-check of the fixed code, and what a later pass fixes (an argument in a
//! block an earlier pass created) builds on what the earlier pass did.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::base::diag::Diagnostic;
use crate::fix::apply::{self, Changed};
use crate::scan::Scan;

/// Passes before giving up on convergence.
const MAX_PASSES: usize = 8;

/// The result of fixing: the re-checked scan of the fixed tree and what changed.
pub struct Fixed {
    pub scan: Scan,
    pub changed: Vec<Changed>,
    /// Findings whose fix was applied, over all passes.
    pub applied: usize,
    /// Passes that applied something.
    pub passes: usize,
}

/// Scans and checks with `rescan(overlay)`, applies the wanted fixes, and repeats.
pub fn fix_loop(
    unsafe_fixes: bool,
    mut rescan: impl FnMut(&BTreeMap<PathBuf, String>) -> Scan,
) -> Fixed {
    let mut overlay: BTreeMap<PathBuf, String> = BTreeMap::new();
    let mut originals: BTreeMap<PathBuf, (String, String)> = BTreeMap::new();
    let mut applied = 0;
    let mut passes = 0;
    let mut scan = rescan(&overlay);
    for _ in 0..MAX_PASSES {
        let Some(results) = &scan.results else { break };
        let Some(pass) = apply::pass(&scan.loaded.files, &results.findings, unsafe_fixes) else {
            break;
        };
        for (id, text) in pass.texts.iter() {
            let file = scan.loaded.files.get(*id);
            originals
                .entry(file.path.clone())
                .or_insert_with(|| (file.display.clone(), file.text.to_string()));
            overlay.insert(file.path.clone(), text.clone());
        }
        applied += pass.applied;
        if pass.texts.is_empty() {
            break;
        }
        passes += 1;
        let next = rescan(&overlay);
        if error_count(&next) > error_count(&scan) {
            // A fix broke the code: keep the last good state and report it.
            let mut next = next;
            next.diagnostics.push(Diagnostic::error(
                "fix-error",
                "applying fixes produced code that does not load; nothing was written (please report this)".to_string(),
            ));
            return Fixed {
                scan: next,
                changed: Vec::new(),
                applied: 0,
                passes,
            };
        }
        scan = next;
    }
    let changed = originals
        .into_iter()
        .filter_map(|(path, (display, original))| {
            let fixed = overlay.get(&path)?.clone();
            (fixed != original).then_some(Changed {
                path,
                display,
                original,
                fixed,
            })
        })
        .collect();
    Fixed {
        scan,
        changed,
        applied,
        passes,
    }
}

fn error_count(scan: &Scan) -> usize {
    scan.diagnostics.iter().filter(|d| d.is_error()).count()
}

/// Writes the fixed files.
pub fn write_files(changed: &[Changed]) -> std::io::Result<()> {
    for c in changed {
        // Checked again just before writing: never a symlink or a file with other links.
        crate::fix::writable(&c.path)
            .map_err(|why| std::io::Error::other(format!("{} {why}", c.display)))?;
        std::fs::write(&c.path, &c.fixed)?;
    }
    Ok(())
}
