//! `--fix`, `--unsafe-fixes` and `--diff`: apply fixes in memory, re-parse and re-check,
//! repeat until nothing more applies, then write the files or print the diff.
//!
//! Every pass scans the tree with the fixed texts laid over the files on disk, so the final
//! report is the re-check of the fixed code, and what a later pass fixes (an argument in a
//! block an earlier pass created) builds on what the earlier pass did.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::Applicability;
use crate::Scan;

/// Passes before giving up on convergence.
const MAX_PASSES: usize = 8;

/// A file the fixes changed.
#[derive(Clone, Debug)]
pub struct Changed {
    pub path: PathBuf,
    pub display: String,
    pub original: String,
    pub fixed: String,
}

/// The result of fixing: the re-checked scan of the fixed tree and what changed.
pub struct Fixed {
    pub scan: Scan,
    pub changed: Vec<Changed>,
    /// Findings whose fix was applied, over all passes.
    pub applied: usize,
    /// Passes that applied something.
    pub passes: usize,
}

/// Which fixes to apply.
pub fn wanted(applicability: Applicability, unsafe_fixes: bool) -> bool {
    match applicability {
        Applicability::Safe => true,
        Applicability::Unsafe => unsafe_fixes,
        Applicability::DisplayOnly => false,
    }
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
        // Edits per file, each with the finding it fixes.
        let mut per_file: BTreeMap<u32, Vec<(usize, &super::Edit)>> = BTreeMap::new();
        for (n, f) in results.findings.iter().enumerate() {
            // A documented deviation is left as it is.
            let Some(fix) = f.fix.as_ref().filter(|_| f.is_active()) else {
                continue;
            };
            if !wanted(fix.applicability, unsafe_fixes) || fix.edits.is_empty() {
                continue;
            }
            for e in &fix.edits {
                per_file.entry(e.file.0).or_default().push((n, e));
            }
        }
        if per_file.is_empty() {
            break;
        }
        let mut fixed_findings = std::collections::BTreeSet::new();
        let mut changed_any = false;
        for (file_id, edits) in &per_file {
            let file = scan.loaded.files.get(crate::base::span::FileId(*file_id));
            let refs: Vec<&super::Edit> = edits.iter().map(|(_, e)| *e).collect();
            let (text, taken) = super::edit::apply(&file.text, &refs);
            if text == *file.text {
                continue;
            }
            for t in taken {
                fixed_findings.insert(edits[t].0);
            }
            originals
                .entry(file.path.clone())
                .or_insert_with(|| (file.display.clone(), file.text.to_string()));
            overlay.insert(file.path.clone(), text);
            changed_any = true;
        }
        // A finding counts as fixed when every one of its edits was taken.
        applied += results
            .findings
            .iter()
            .enumerate()
            .filter(|(n, f)| {
                fixed_findings.contains(n)
                    && f.fix
                        .as_ref()
                        .is_some_and(|fx| wanted(fx.applicability, unsafe_fixes))
            })
            .count();
        if !changed_any {
            break;
        }
        passes += 1;
        let next = rescan(&overlay);
        if error_count(&next) > error_count(&scan) {
            // A fix broke the code: keep the last good state and report it.
            let mut next = next;
            next.diagnostics.push(crate::base::diag::Diagnostic::error(
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

/// A unified diff of every changed file, `git apply`-able from the directory the scan ran in.
pub fn unified_diff(changed: &[Changed], w: &mut dyn std::io::Write) -> std::io::Result<()> {
    for c in changed {
        let diff = similar::TextDiff::from_lines(&c.original, &c.fixed);
        write!(
            w,
            "{}",
            diff.unified_diff()
                .context_radius(3)
                .header(&format!("a/{}", c.display), &format!("b/{}", c.display))
        )?;
    }
    Ok(())
}

/// Writes the fixed files.
pub fn write_files(changed: &[Changed]) -> std::io::Result<()> {
    for c in changed {
        std::fs::write(&c.path, &c.fixed)?;
    }
    Ok(())
}
