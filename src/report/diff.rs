//! `--diff`: the fixes as one unified diff, `git apply`-able from the directory the scan ran
//! in (`a/` and `b/` prefixes on the display paths).

use crate::fix::apply::Changed;

/// A unified diff of every changed file.
pub fn write(changed: &[Changed], w: &mut dyn std::io::Write) -> std::io::Result<()> {
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
