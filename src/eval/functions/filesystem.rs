//! File system functions, confined to the scanned tree.
//!
//! A scan reads untrusted configuration, so `file("/etc/passwd")` or `file("../../secret")`
//! must not read anything outside the repository: every path is resolved against the module
//! directory and refused unless it is inside the tree, both as written (so nothing outside
//! is even probed) and canonicalised (so symbolic links cannot lead out).

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

use super::hash::digest;
use super::{FnCtx, FnError, FnResult, arg_str, arity, bad_param, invalid, unknown_if_any};
use crate::model::value::{Value, make_set};

/// Largest file a file function reads.
const MAX_FILE: u64 = 10 * 1024 * 1024;
/// Most directory entries `fileset` visits.
const MAX_FILESET: usize = 100_000;

fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p)
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

fn outside(path: &str) -> FnError {
    FnError::Refused(format!(
        "{path:?} is outside the scanned tree; tfgate reads no files outside it"
    ))
}

/// Refuses a path inside a `.git` directory of the tree: the checkout's configuration can
/// hold credentials (a token the checkout step persisted), and a value derived from it
/// (reversed, base64) would pass log masking.
fn in_git_dir(path: &str, inside: &Path) -> Result<(), FnError> {
    if inside.components().any(|c| c.as_os_str() == ".git") {
        return Err(FnError::Refused(format!(
            "{path:?} is inside a .git directory; tfgate's file functions do not read it"
        )));
    }
    Ok(())
}

/// Where a path argument points, refused when it is outside the tree or inside its `.git`
/// as written. The path may not exist.
fn resolve(cx: &FnCtx, path: &str) -> Result<(PathBuf, PathBuf), FnError> {
    let root = absolute(cx.dirs.tree_root());
    let joined = absolute(cx.dirs.base_dir()).join(path);
    let lexical = crate::base::path::normalize(&joined);
    let Ok(rel) = lexical.strip_prefix(&root) else {
        return Err(outside(path));
    };
    in_git_dir(path, rel)?;
    Ok((lexical, root))
}

/// Whether a path, resolved as the file functions resolve it, lies outside the scanned tree,
/// judged as written (nothing is probed).
pub fn outside_tree(dirs: &super::Dirs, path: &str) -> bool {
    let root = absolute(dirs.tree_root());
    let joined = absolute(dirs.base_dir()).join(path);
    crate::base::path::normalize(&joined)
        .strip_prefix(&root)
        .is_err()
}

/// A path argument that exists, canonicalised and inside the tree.
fn confined(cx: &FnCtx, path: &str) -> Result<PathBuf, FnError> {
    let (lexical, root) = resolve(cx, path)?;
    let canon = std::fs::canonicalize(&lexical).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            invalid(format!(
                "no file exists at {path:?}; this function works only with files that are \
                 distributed as part of the configuration source code"
            ))
        } else {
            invalid(format!("cannot read {path:?}: {e}"))
        }
    })?;
    let Ok(rel) = canon.strip_prefix(&root) else {
        return Err(outside(path));
    };
    in_git_dir(path, rel)?;
    Ok(canon)
}

fn read(cx: &FnCtx, path: &str) -> Result<Vec<u8>, FnError> {
    let p = confined(cx, path)?;
    let failed = |e: std::io::Error| invalid(format!("failed to read {path:?}: {e}"));
    // Never open what is not a regular file: a FIFO would block the scan forever, a device
    // never ends. A directory is the configuration's mistake, as in Terraform.
    if let Err(why) = crate::load::regular_file(&p) {
        return Err(if p.is_dir() {
            invalid(format!("{path:?} is not a regular file"))
        } else {
            FnError::Refused(format!("{path:?}: {why}"))
        });
    }
    let file = std::fs::File::open(&p).map_err(failed)?;
    let meta = file.metadata().map_err(failed)?;
    if !meta.is_file() {
        return Err(invalid(format!("{path:?} is not a regular file")));
    }
    let too_large = || {
        invalid(format!(
            "{path:?} is larger than the {MAX_FILE} bytes tfgate reads"
        ))
    };
    if meta.len() > MAX_FILE {
        return Err(too_large());
    }
    // The file may grow between the size check and the read.
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(too_large());
    }
    Ok(bytes)
}

/// What the file functions found, for the whole run: a module evaluated once per call
/// instance, and from every root that calls it, reads, hashes and parses each file once.
/// Results are keyed by everything that decides them: the function, the directory relative
/// paths resolve against, the tree the path must stay in, and the path as written.
#[derive(Default)]
pub struct FileCache {
    results: std::sync::Mutex<HashMap<FileKey, FnResult>>,
    templates: std::sync::Mutex<HashMap<Arc<str>, TemplateParse>>,
}

type FileKey = (String, PathBuf, PathBuf, String);

/// A template file's text parsed, or why it could not be.
pub type TemplateParse =
    Result<Arc<Vec<crate::load::syntax::TemplatePart>>, crate::load::hcl::ParseError>;

impl FileCache {
    /// The cached result of `compute`, computed on the first call for this key.
    fn result(&self, key: FileKey, compute: impl FnOnce() -> FnResult) -> FnResult {
        if let Some(found) = self.lock_results().get(&key) {
            return found.clone();
        }
        // Computed outside the lock: another thread may compute the same result meanwhile,
        // and both get the same answer.
        let result = compute();
        self.lock_results().insert(key, result.clone());
        result
    }

    /// A template text parsed once per run.
    pub fn template(&self, text: &Arc<str>) -> TemplateParse {
        if let Some(found) = self.lock_templates().get(text) {
            return found.clone();
        }
        let parsed = crate::load::hcl::parse_template(text).map(Arc::new);
        self.lock_templates().insert(text.clone(), parsed.clone());
        parsed
    }

    fn lock_results(&self) -> std::sync::MutexGuard<'_, HashMap<FileKey, FnResult>> {
        // A panic while holding the lock leaves the map consistent (inserts are whole).
        self.results
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn lock_templates(&self) -> std::sync::MutexGuard<'_, HashMap<Arc<str>, TemplateParse>> {
        self.templates
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// `file`, `filebase64` and the `file*` hashes.
pub fn file_fn(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let path = arg_str(&args[0], "path")?;
    match cx.files {
        Some(cache) => cache.result(
            (
                name.to_string(),
                cx.dirs.base_dir().to_path_buf(),
                cx.dirs.tree_root().to_path_buf(),
                path.to_string(),
            ),
            || file_uncached(name, &path, cx),
        ),
        None => file_uncached(name, &path, cx),
    }
}

fn file_uncached(name: &str, path: &str, cx: &FnCtx) -> FnResult {
    let bytes = read(cx, path)?;
    Ok(Value::string(match name {
        "file" => String::from_utf8(bytes).map_err(|_| {
            invalid(format!(
                "contents of {path:?} are not valid UTF-8; use the filebase64 function to \
                 obtain the Base64 encoded contents or the other file functions (e.g. filemd5, \
                 filesha256) to obtain file hashing results instead"
            ))
        })?,
        "filebase64" => B64.encode(&bytes),
        other => digest(other, &bytes),
    }))
}

/// `fileexists(path)`: whether a regular file exists at the path (inside the tree).
pub fn fileexists(_: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let path = arg_str(&args[0], "path")?;
    let (lexical, _) = resolve(cx, &path)?;
    match std::fs::symlink_metadata(&lexical) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Value::Bool(false)),
        Err(_) => return Err(invalid(format!("failed to stat {path:?}"))),
        Ok(_) => {}
    }
    let canon = confined(cx, &path)?;
    let meta =
        std::fs::metadata(&canon).map_err(|_| invalid(format!("failed to stat {path:?}")))?;
    if meta.is_file() {
        Ok(Value::Bool(true))
    } else if meta.is_dir() {
        Err(bad_param(
            "path",
            format!("{path} is a directory, not a file"),
        ))
    } else {
        Err(bad_param("path", format!("{path} is not a regular file")))
    }
}

/// Go's `filepath.Clean` on slash-separated paths.
fn clean(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|l| *l != "..") => {
                parts.pop();
            }
            ".." if rooted => {}
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// Go's `filepath.Base`.
fn base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".into();
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

/// Go's `filepath.Dir`.
fn dir(p: &str) -> String {
    clean(p.rfind('/').map_or("", |i| &p[..=i]))
}

/// `abspath`, `basename`, `dirname`: string operations, touching no files. `abspath`
/// resolves against the module directory, where Terraform uses its working directory.
pub fn path_fn(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "path")?;
    Ok(Value::string(match name {
        "basename" => base(&s),
        "dirname" => dir(&s),
        _ if s.starts_with('/') => clean(&s),
        _ => {
            let here = crate::base::path::display(&absolute(cx.dirs.base_dir()));
            clean(&format!("{here}/{s}"))
        }
    }))
}

/// `pathexpand` depends on the home directory of whoever runs the plan: unknown when there is
/// a `~` to expand.
pub fn pathexpand(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "path")?;
    if s.as_ref() == "~" || s.starts_with("~/") || s.starts_with("~\\") {
        Ok(Value::unknown())
    } else if s.starts_with('~') {
        Err(invalid("cannot expand user-specific home dir"))
    } else {
        Ok(Value::String(s))
    }
}

/// `fileset(path, pattern)`: the files under `path` that match a glob, relative to it.
pub fn fileset(_: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let base_arg = arg_str(&args[0], "path")?;
    let pattern = arg_str(&args[1], "pattern")?;
    let glob = globset::GlobBuilder::new(&pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map_err(|e| {
            bad_param(
                "pattern",
                format!("failed to glob pattern {pattern:?}: {e}"),
            )
        })?
        .compile_matcher();
    // A pattern naming `.git` asks for the checkout's git directory, which is never listed
    // (a `**` elsewhere simply does not descend into it).
    in_git_dir(&pattern, Path::new(&*pattern))?;
    let (lexical, tree) = resolve(cx, &base_arg)?;
    if !lexical.exists() {
        // Globbing under a missing directory matches nothing.
        return Ok(make_set(Vec::new()));
    }
    let root = confined(cx, &base_arg)?;
    // Without `**` a match is at most as deep as the pattern has components.
    let max_depth = if pattern.contains("**") {
        usize::MAX
    } else {
        pattern.split('/').count()
    };
    let mut found = Vec::new();
    let mut stack = vec![(root.clone(), 1usize)];
    let mut visited = 0usize;
    while let Some((dir, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            visited += 1;
            if visited > MAX_FILESET {
                return Err(invalid(format!(
                    "more than {MAX_FILESET} entries under {base_arg:?}"
                )));
            }
            let Ok(ft) = entry.file_type() else { continue };
            let path = entry.path();
            let is_file = if ft.is_symlink() {
                // Followed only to files inside the tree; never into directories, so no cycles.
                std::fs::canonicalize(&path)
                    .is_ok_and(|target| target.starts_with(&tree) && target.is_file())
            } else {
                ft.is_file()
            };
            if ft.is_dir() && entry.file_name() == ".git" {
                // Never listed: see `in_git_dir`.
                continue;
            }
            if ft.is_dir() && depth < max_depth {
                stack.push((path, depth + 1));
            } else if is_file {
                let Ok(rel) = path.strip_prefix(&root) else {
                    continue;
                };
                let rel = crate::base::path::display(rel);
                if glob.is_match(&rel) {
                    found.push(Value::string(rel));
                }
            }
        }
    }
    Ok(make_set(found))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::UNKNOWN;
    use super::super::{Dirs, FnError, call};
    use super::*;

    struct Tree {
        _dir: tempfile::TempDir,
        root: PathBuf,
    }

    fn tree() -> Tree {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = std::fs::canonicalize(dir.path()).expect("canonical");
        std::fs::create_dir_all(root.join("m/sub/deep")).expect("mkdir");
        std::fs::write(root.join("m/a.txt"), "hello").expect("write");
        std::fs::write(root.join("m/.hidden"), "").expect("write");
        std::fs::write(root.join("m/sub/b.json"), "{}").expect("write");
        std::fs::write(root.join("m/sub/deep/c.json"), "[]").expect("write");
        std::fs::write(root.join("m/bin.dat"), [0xff, 0xfe]).expect("write");
        std::fs::write(root.join("secret.txt"), "top").expect("write");
        Tree { _dir: dir, root }
    }

    fn run(t: &Tree, name: &str, args: &[&str]) -> String {
        let dir = t.root.join("m");
        let dirs = Dirs::fixed(dir, t.root.clone());
        let cx = FnCtx {
            dirs: &dirs,
            files: None,
        };
        let args: Vec<Value> = args.iter().map(|a| Value::string(*a)).collect();
        match call(name, &args, &cx) {
            Ok(v) => v.to_string(),
            Err(FnError::Invalid(m)) => format!("error: {m}"),
            Err(FnError::Refused(m)) => format!("error: refused: {m}"),
            Err(FnError::Unsupported(m)) => format!("unsupported: {m}"),
        }
    }

    #[test]
    fn files_inside_the_tree_only() {
        let t = tree();
        let outside_file = tempfile::NamedTempFile::new().expect("temp file");
        let outside_path = outside_file.path().to_string_lossy().into_owned();
        #[cfg(unix)]
        std::os::unix::fs::symlink(outside_file.path(), t.root.join("m/link")).expect("symlink");
        #[cfg(unix)]
        std::os::unix::fs::symlink(t.root.join("m/a.txt"), t.root.join("m/sub/alias.txt"))
            .expect("symlink");
        let cases: &[(&str, &[&str], &str)] = &[
            ("file", &["a.txt"], "\"hello\""),
            ("file", &["./sub/../a.txt"], "\"hello\""),
            ("file", &["../secret.txt"], "\"top\""),
            ("file", &["nope.txt"], "error: no file exists"),
            (
                "file",
                &["/etc/hostname"],
                "error: refused: \"/etc/hostname\" is outside the scanned tree",
            ),
            (
                "file",
                &["../../../../../../etc/passwd"],
                "error: outside the scanned tree",
            ),
            ("file", &[&outside_path], "error: outside the scanned tree"),
            ("file", &["bin.dat"], "error: not valid UTF-8"),
            ("file", &["sub"], "error: not a regular file"),
            ("filebase64", &["a.txt"], "\"aGVsbG8=\""),
            ("filebase64", &["bin.dat"], "\"//4=\""),
            (
                "filemd5",
                &["a.txt"],
                "\"5d41402abc4b2a76b9719d911017c592\"",
            ),
            (
                "filesha1",
                &["a.txt"],
                "\"aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d\"",
            ),
            (
                "filesha256",
                &["a.txt"],
                "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"",
            ),
            (
                "filebase64sha256",
                &["a.txt"],
                "\"LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=\"",
            ),
            (
                "filesha512",
                &["a.txt"],
                "\"9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043\"",
            ),
            (
                "filebase64sha512",
                &["a.txt"],
                "\"m3HSJL1i83hdltRq0+o9czGb+8KJDKra4t/3JRlnPKcjI8PZm6XBHXx6zG4UuMXaDEZjR1wuXDre9G9zvN7AQw==\"",
            ),
            ("fileexists", &["a.txt"], "true"),
            ("fileexists", &["nope.txt"], "false"),
            ("fileexists", &["sub"], "error: is a directory, not a file"),
            (
                "fileexists",
                &["/etc/hostname"],
                "error: outside the scanned tree",
            ),
            ("fileset", &[".", "*.txt"], "[\"a.txt\"]"),
            (
                "fileset",
                &[".", "*"],
                "[\".hidden\", \"a.txt\", \"bin.dat\"]",
            ),
            (
                "fileset",
                &[".", "**/*.json"],
                "[\"sub/b.json\", \"sub/deep/c.json\"]",
            ),
            ("fileset", &[".", "sub/*.json"], "[\"sub/b.json\"]"),
            ("fileset", &["sub", "{b,c}.json"], "[\"b.json\"]"),
            ("fileset", &[".", "?.txt"], "[\"a.txt\"]"),
            ("fileset", &["missing", "*"], "[]"),
            ("fileset", &["/etc", "*"], "error: outside the scanned tree"),
            ("fileset", &[".", "[a"], "error: failed to glob pattern"),
            ("basename", &["a/b/c.txt"], "\"c.txt\""),
            ("basename", &["a/b/"], "\"b\""),
            ("basename", &[""], "\".\""),
            ("basename", &["/"], "\"/\""),
            ("dirname", &["a/b/c.txt"], "\"a/b\""),
            ("dirname", &["c.txt"], "\".\""),
            ("dirname", &["/c.txt"], "\"/\""),
            ("dirname", &["a/../b/c"], "\"b\""),
            ("abspath", &["/x/../y/./z"], "\"/y/z\""),
            ("pathexpand", &["~/.ssh/id_rsa"], UNKNOWN),
            ("pathexpand", &["/etc/x"], "\"/etc/x\""),
            ("pathexpand", &["~bob/x"], "error: user-specific"),
        ];
        for (name, args, want) in cases {
            let got = run(&t, name, args);
            if let Some(detail) = want.strip_prefix("error: ") {
                assert!(
                    got.starts_with("error") && got.contains(detail),
                    "{name}({args:?}): {got}"
                );
            } else {
                assert_eq!(&got, want, "{name}({args:?})");
            }
        }
        #[cfg(unix)]
        {
            assert!(run(&t, "file", &["link"]).contains("outside the scanned tree"));
            assert_eq!(
                run(&t, "fileset", &[".", "sub/*.txt"]),
                "[\"sub/alias.txt\"]"
            );
        }
        let abs = run(&t, "abspath", &["sub/../a.txt"]);
        assert_eq!(
            abs,
            format!("{:?}", t.root.join("m/a.txt").to_string_lossy())
        );
    }

    #[test]
    fn large_files_are_refused() {
        let t = tree();
        let big = std::fs::File::create(t.root.join("m/big.bin")).expect("create");
        big.set_len(MAX_FILE + 1).expect("grow");
        assert!(run(&t, "filemd5", &["big.bin"]).contains("larger than"));
    }
}
