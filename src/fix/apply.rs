//! Applying the fixes of one pass: the wanted edits of the active findings, file by file,
//! deterministically (`edit::apply`). The loop that re-scans after each pass and writes the
//! files or prints the diff is the application's (`app::fix_loop`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::base::source::SourceFiles;
use crate::base::span::FileId;
use crate::finding::Finding;
use crate::finding::fix::{Applicability, Edit};

/// A file the fixes changed.
#[derive(Clone, Debug)]
pub struct Changed {
    pub path: PathBuf,
    pub display: String,
    pub original: String,
    pub fixed: String,
}

/// What one pass of fixes did.
#[derive(Debug, Default)]
pub struct Pass {
    /// The new text of each file an edit changed, in file order.
    pub texts: Vec<(FileId, String)>,
    /// Findings whose every edit was taken.
    pub applied: usize,
}

/// Which fixes to apply.
pub fn wanted(applicability: Applicability, unsafe_fixes: bool) -> bool {
    match applicability {
        Applicability::Safe => true,
        Applicability::Unsafe => unsafe_fixes,
        Applicability::DisplayOnly => false,
    }
}

/// Applies the wanted fixes of the active findings to the files they edit. `None` when no
/// finding has an edit to apply.
pub fn pass(files: &SourceFiles, findings: &[Finding], unsafe_fixes: bool) -> Option<Pass> {
    // Edits per file, each with the finding it fixes.
    let mut per_file: BTreeMap<u32, Vec<(usize, &Edit)>> = BTreeMap::new();
    for (n, f) in findings.iter().enumerate() {
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
        return None;
    }
    let mut fixed_findings = BTreeSet::new();
    let mut out = Pass::default();
    for (file_id, edits) in &per_file {
        let file = files.get(FileId(*file_id));
        let refs: Vec<&Edit> = edits.iter().map(|(_, e)| *e).collect();
        let (text, taken) = super::edit::apply(&file.text, &refs);
        if text == *file.text {
            continue;
        }
        for t in taken {
            fixed_findings.insert(edits[t].0);
        }
        out.texts.push((FileId(*file_id), text));
    }
    // A finding counts as fixed when every one of its edits was taken.
    out.applied = findings
        .iter()
        .enumerate()
        .filter(|(n, f)| {
            fixed_findings.contains(n)
                && f.fix
                    .as_ref()
                    .is_some_and(|fx| wanted(fx.applicability, unsafe_fixes))
        })
        .count();
    Some(out)
}
