//! File system functions, confined to the scanned tree.
//!
//! A scan reads untrusted configuration, so `file("/etc/passwd")` or `file("../../secret")`
//! must not read anything outside the repository: every path is resolved against the module
//! directory, canonicalised (so symbolic links cannot lead out), and refused unless it is
//! inside the tree.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

use super::encoding::digest;
use super::{FnCtx, FnResult, arg_str, arity, invalid, unknown_if_any};
use crate::eval::value::Value;

/// Largest file a file function reads.
const MAX_FILE: u64 = 10 * 1024 * 1024;
/// Most paths `fileset` returns or visits.
const MAX_FILESET: usize = 100_000;

/// Resolves a path argument inside the tree, or explains why not.
fn confined(cx: &FnCtx, path: &str) -> Result<PathBuf, super::FnError> {
    let joined = cx.base_dir.join(path);
    let canon = std::fs::canonicalize(&joined)
        .map_err(|e| invalid(format!("cannot read {path:?}: {e}")))?;
    if !canon.starts_with(cx.tree_root) {
        return Err(invalid(format!(
            "{path:?} is outside the scanned tree; tfgate reads no files outside it"
        )));
    }
    Ok(canon)
}

fn read(cx: &FnCtx, path: &str) -> Result<Vec<u8>, super::FnError> {
    let p = confined(cx, path)?;
    let meta = std::fs::metadata(&p).map_err(|e| invalid(format!("cannot read {path:?}: {e}")))?;
    if !meta.is_file() {
        return Err(invalid(format!("{path:?} is not a file")));
    }
    if meta.len() > MAX_FILE {
        return Err(invalid(format!("{path:?} is larger than {MAX_FILE} bytes")));
    }
    std::fs::read(&p).map_err(|e| invalid(format!("cannot read {path:?}: {e}")))
}

pub fn file_fn(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let path = arg_str(&args[0], "the path")?;
    if name == "fileexists" {
        return match confined(cx, &path) {
            Ok(p) => Ok(Value::Bool(p.is_file())),
            Err(_) if !cx.base_dir.join(&*path).exists() => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        };
    }
    let bytes = read(cx, &path)?;
    Ok(Value::string(match name {
        "file" => String::from_utf8(bytes)
            .map_err(|_| invalid(format!("{path:?} is not UTF-8 text; use filebase64()")))?,
        "filebase64" => B64.encode(&bytes),
        other => digest(other, &bytes),
    }))
}

pub fn path_fn(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the path")?;
    let p = Path::new(&*s);
    Ok(Value::string(match name {
        "basename" => p
            .file_name()
            .map_or_else(|| s.to_string(), |n| n.to_string_lossy().into_owned()),
        "dirname" => match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_string_lossy().into_owned(),
            _ => ".".to_string(),
        },
        _ => {
            let abs = if p.is_absolute() {
                p.to_path_buf()
            } else {
                cx.base_dir.join(p)
            };
            crate::load::discover::normalize(&abs)
                .to_string_lossy()
                .into_owned()
        }
    }))
}

/// `pathexpand` depends on the home directory of whoever runs the plan: unknown here.
pub fn pathexpand(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    let s = arg_str(&args[0], "the path")?;
    if s.starts_with('~') {
        Ok(Value::unknown())
    } else {
        Ok(Value::String(s))
    }
}

pub fn fileset(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let base = arg_str(&args[0], "the path")?;
    let pattern = arg_str(&args[1], "the pattern")?;
    let root = confined(cx, &base)?;
    let glob = globset::GlobBuilder::new(&pattern)
        .literal_separator(true)
        .build()
        .map_err(|e| invalid(format!("fileset(): invalid pattern {pattern:?}: {e}")))?
        .compile_matcher();
    let mut found = Vec::new();
    let mut stack = vec![root.clone()];
    let mut visited = 0usize;
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            visited += 1;
            if visited > MAX_FILESET {
                return Err(invalid(format!(
                    "fileset(): more than {MAX_FILESET} entries under {base:?}"
                )));
            }
            let Ok(ft) = entry.file_type() else { continue };
            let path = entry.path();
            // Symbolic links are not followed: they could lead out of the tree.
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() {
                let rel = path.strip_prefix(&root).unwrap_or(&path);
                let rel = rel.to_string_lossy().replace('\\', "/");
                if glob.is_match(&rel) {
                    found.push(rel);
                }
            }
        }
    }
    found.sort();
    Ok(crate::eval::types::make_set(
        found.into_iter().map(Value::string).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx_call(dir: &Path, root: &Path, name: &str, args: &[Value]) -> FnResult {
        let cx = FnCtx {
            base_dir: dir,
            tree_root: root,
        };
        super::super::call(name, args, &cx)
    }

    #[test]
    fn files_inside_the_tree_only() {
        let tree = tempfile::tempdir().expect("temp dir");
        let root = std::fs::canonicalize(tree.path()).expect("canonical");
        std::fs::create_dir_all(root.join("m/sub")).expect("mkdir");
        std::fs::write(root.join("m/a.txt"), "hello").expect("write");
        std::fs::write(root.join("m/sub/b.json"), "{}").expect("write");
        let dir = root.join("m");
        let s = |x: &str| Value::string(x);
        assert_eq!(ctx_call(&dir, &root, "file", &[s("a.txt")]), Ok(s("hello")));
        assert_eq!(
            ctx_call(&dir, &root, "fileexists", &[s("nope.txt")]),
            Ok(Value::Bool(false))
        );
        assert_eq!(
            ctx_call(&dir, &root, "filebase64", &[s("a.txt")]),
            Ok(s("aGVsbG8="))
        );
        assert!(
            matches!(ctx_call(&dir, &root, "file", &[s("/etc/hostname")]), Err(super::super::FnError::Invalid(m)) if m.contains("outside"))
        );
        let outside = tempfile::NamedTempFile::new().expect("temp file");
        let rel = outside.path().to_string_lossy().into_owned();
        assert!(ctx_call(&dir, &root, "file", &[s(&rel)]).is_err());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/hostname", dir.join("link")).expect("symlink");
            assert!(
                ctx_call(&dir, &root, "file", &[s("link")]).is_err(),
                "symlinks cannot lead out"
            );
        }
        let set = ctx_call(&dir, &root, "fileset", &[s("."), s("**/*.json")]).expect("fileset");
        assert_eq!(set.to_string(), "[\"sub/b.json\"]");
        assert_eq!(
            ctx_call(&dir, &root, "basename", &[s("a/b/c.txt")]),
            Ok(s("c.txt"))
        );
        assert_eq!(
            ctx_call(&dir, &root, "dirname", &[s("a/b/c.txt")]),
            Ok(s("a/b"))
        );
    }
}
