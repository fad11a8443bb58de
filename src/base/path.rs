//! Paths as tfgate shows and compares them: display paths with forward slashes on every
//! platform, and lexical normalisation (`a/b/../c` is `a/c`) without touching the file system.

use std::path::{Component, Path, PathBuf};

/// The path as shown to users and written into reports: forward slashes on every platform.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Joins and normalises `a/b` + `../c` to `a/c` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            other => out.push(other),
        }
    }
    let p: PathBuf = out.iter().collect();
    if p.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_paths() {
        let cases = [
            ("a/b/../c", "a/c"),
            ("./a/./b", "a/b"),
            ("a/../..", ".."),
            ("examples/x/../../", "."),
        ];
        for (input, expected) in cases {
            assert_eq!(
                normalize(Path::new(input)),
                PathBuf::from(expected),
                "{input}"
            );
        }
    }
}
