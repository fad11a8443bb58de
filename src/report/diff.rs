//! `--diff`: the fixes as one unified diff, `git apply`-able from the directory the scan ran
//! in (`a/` and `b/` prefixes on the display paths).

use crate::fix::apply::Changed;

/// A unified diff of every changed file.
pub fn write(changed: &[Changed], w: &mut dyn std::io::Write) -> std::io::Result<()> {
    for c in changed {
        let diff = similar::TextDiff::from_lines(&c.original, &c.fixed);
        // Quoted as git quotes paths: a file name holding a line feed and `--- a/x` would
        // otherwise add header lines, and `git apply` would patch another file. Git also
        // ends a name holding a space with a tab.
        let bytes = path_bytes(c);
        let tab = if bytes.contains(&b' ') { "\t" } else { "" };
        let old = format!("{}{tab}", crate::base::escape::git_path("a/", &bytes));
        let new = format!("{}{tab}", crate::base::escape::git_path("b/", &bytes));
        write!(
            w,
            "{}",
            diff.unified_diff().context_radius(3).header(&old, &new)
        )?;
    }
    Ok(())
}

/// The path as it is named on disk (its bytes, so a name that is not UTF-8 survives), with
/// `/` separators.
fn path_bytes(c: &Changed) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        let clean: std::path::PathBuf = c
            .path
            .components()
            .filter(|part| *part != std::path::Component::CurDir)
            .collect();
        clean.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        c.display.clone().into_bytes()
    }
}
