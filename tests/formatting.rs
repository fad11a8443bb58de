//! Rule files are declared by `area_rules!` (one registration line per rule), and rustfmt
//! does not follow modules declared inside a macro, so `cargo fmt` never reaches them. This
//! test holds them to rustfmt's style all the same (`rustfmt --edition 2024 src/rules/*/*.rs`
//! formats them).

use std::path::Path;
use std::process::Command;

#[test]
fn rule_files_are_formatted() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut files = Vec::new();
    for area in std::fs::read_dir(&rules).expect("src/rules") {
        let area = area.expect("entry").path();
        if !area.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&area).expect("area folder") {
            let path = file.expect("entry").path();
            if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 80, "rule files found: {}", files.len());
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let output = Command::new(&rustfmt)
        .args(["--edition", "2024", "--check"])
        .args(&files)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {}: {e} (install rustfmt, or set RUSTFMT)",
                rustfmt.to_string_lossy()
            )
        });
    assert!(
        output.status.success(),
        "rule files are not formatted; run `rustfmt --edition 2024 src/rules/*/*.rs`:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
