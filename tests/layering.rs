//! The layering of `src/`, held to the table in ARCHITECTURE.md ("Layering"): every path a
//! file names through `crate::` or `super::` must lead to its own folder, a folder inside
//! it, or a folder its row allows. The table is read from the document, so the document
//! and the code cannot drift apart; a folder missing from the table fails too.
//!
//! Comments, string literals and `#[cfg(test)]` items are not read: unit tests may build
//! their input through any stage.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One row of the table: a folder (`rules/*`: every folder directly inside `rules/` without
/// a row of its own) and the folders it may use.
#[derive(Debug)]
struct Row {
    unit: String,
    allowed: BTreeSet<String>,
}

#[test]
fn every_import_follows_the_layering_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let rows = parse_table(&doc).unwrap_or_else(|e| panic!("ARCHITECTURE.md: {e}"));
    let units: Vec<&str> = rows.iter().map(|r| r.unit.as_str()).collect();
    let src = root.join("src");
    let mut problems = Vec::new();
    for file in rust_files(&src) {
        let rel = file.strip_prefix(&src).expect("under src");
        let module = module_path(rel);
        if module.is_empty() {
            continue; // lib.rs and main.rs: the crate root declares the folders
        }
        let Some((own, key)) = unit_of(&module, &units, &src) else {
            problems.push(format!(
                "src/{}: no row of the layering table in ARCHITECTURE.md covers `{}`",
                rel.display(),
                module[0]
            ));
            continue;
        };
        let row = rows
            .iter()
            .find(|r| r.unit == key)
            .expect("a row of the table");
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (line, path) in crate_paths(&text, &module) {
            let Some((target, target_key)) = unit_of(&path, &units, &src) else {
                continue; // an item of the crate root (none today)
            };
            // A folder uses itself and the folders inside it (a registry lists its areas).
            if target == own || target.starts_with(&format!("{own}/")) {
                continue;
            }
            if !row.allowed.contains(&target) && !row.allowed.contains(&target_key) {
                problems.push(format!(
                    "src/{}:{line}: `{own}` uses `{target}` (crate::{}), which its row of the layering table does not allow",
                    rel.display(),
                    path.join("::")
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} import(s) break the layering:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Only the application layer (`app/`) and `main.rs` pick standard output or standard error;
/// `report/` writes to the `Write` it is given and nothing else prints.
#[test]
fn only_the_application_layer_writes_to_the_terminal() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for file in rust_files(&src) {
        let rel = file.strip_prefix(&src).expect("under src");
        if rel.starts_with("app") || rel == Path::new("main.rs") {
            continue;
        }
        let code = strip(&std::fs::read_to_string(&file).expect("readable source"));
        for (n, line) in code.lines().enumerate() {
            for call in [
                "stdout()",
                "stderr()",
                "println!",
                "eprintln!",
                "print!",
                "eprint!",
                "dbg!",
            ] {
                let at = line.find(call);
                let word_start = at.is_some_and(|i| {
                    i == 0
                        || !line.as_bytes()[i - 1].is_ascii_alphanumeric()
                            && line.as_bytes()[i - 1] != b'_'
                });
                if word_start {
                    found.push(format!("src/{}:{}: {}", rel.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "only app/ and main.rs may write to the terminal:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layering_table_has_no_cycle() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .expect("ARCHITECTURE.md");
    let rows = parse_table(&doc).unwrap_or_else(|e| panic!("ARCHITECTURE.md: {e}"));
    let edges: BTreeMap<&str, Vec<&str>> = rows
        .iter()
        .map(|r| {
            (
                r.unit.as_str(),
                r.allowed.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    for row in &rows {
        for used in &row.allowed {
            assert!(
                edges.contains_key(used.as_str()),
                "`{}` may use `{used}`, which has no row of its own",
                row.unit
            );
        }
    }
    // Depth-first search from every unit; a unit met again on the current path is a cycle.
    fn visit<'a>(
        unit: &'a str,
        edges: &BTreeMap<&'a str, Vec<&'a str>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if let Some(at) = path.iter().position(|u| *u == unit) {
            panic!(
                "the layering table has a cycle: {}",
                [&path[at..], &[unit]].concat().join(" -> ")
            );
        }
        if !done.insert(unit) {
            return;
        }
        path.push(unit);
        for next in edges.get(unit).into_iter().flatten() {
            visit(next, edges, path, done);
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for unit in edges.keys() {
        visit(unit, &edges, &mut Vec::new(), &mut done);
    }
}

/// Parsing the table and the paths, on small inputs.
#[test]
fn reading_tables_and_paths() {
    let doc = "# x\n\n## Layering\n\n| folder | owns | may use |\n| --- | --- | --- |\n| `base` | ground types | nothing |\n| `rules/*` | an area | `base`, `rules` |\n\n## Next\n";
    let rows = parse_table(doc).expect("a table");
    assert_eq!(rows.len(), 2);
    assert!(rows[0].allowed.is_empty());
    assert_eq!(
        rows[1].allowed.iter().collect::<Vec<_>>(),
        ["base", "rules"]
    );
    let module = vec![
        "rules".to_string(),
        "s3".to_string(),
        "bucket_public_acl".to_string(),
    ];
    let source = r#"
//! crate::report in a comment is not read
use super::helpers::pab;
use crate::{base::span::Loc, finding::Finding};
use super::super::common::simple;
fn f() { let s = "crate::app::run"; crate::link::net::x(); }
#[cfg(test)]
mod tests {
    use crate::app::scan;
    fn g() { let c = '{'; }
}
fn h() { crate::model::value::Value::Null; }
"#;
    let found: Vec<String> = crate_paths(source, &module)
        .into_iter()
        .map(|(line, p)| format!("{line}:{}", p.join("::")))
        .collect();
    assert_eq!(
        found,
        [
            "3:rules::s3::helpers::pab",
            "4:base::span::Loc",
            "4:finding::Finding",
            "5:rules::common::simple",
            "6:link::net::x",
            "12:model::value::Value::Null"
        ]
    );
}

/// The rows of the table under the `## Layering` heading: the first column is the folder,
/// the last the folders it may use (backticked, or `nothing`).
fn parse_table(doc: &str) -> Result<Vec<Row>, String> {
    let section = doc
        .split("\n## ")
        .find(|s| s.starts_with("Layering"))
        .ok_or("no `## Layering` section")?;
    let mut rows = Vec::new();
    for line in section.lines().filter(|l| l.trim_start().starts_with('|')) {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        let (Some(first), Some(last)) = (cells.first(), cells.last()) else {
            continue;
        };
        let Some(unit) = first.strip_prefix('`').and_then(|s| s.strip_suffix('`')) else {
            continue; // the header and the separator
        };
        let allowed = last
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "nothing")
            .map(|s| {
                s.strip_prefix('`')
                    .and_then(|s| s.strip_suffix('`'))
                    .map(str::to_string)
                    .ok_or_else(|| format!("row `{unit}`: `{s}` is not a backticked folder"))
            })
            .collect::<Result<BTreeSet<String>, String>>()?;
        rows.push(Row {
            unit: unit.to_string(),
            allowed,
        });
    }
    if rows.is_empty() {
        return Err("the Layering section has no table rows".into());
    }
    Ok(rows)
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The module path of a file: `rules/s3/mod.rs` is `rules::s3`, `lib.rs` the crate root.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    match last.as_str() {
        "mod.rs" => {}
        "lib.rs" | "main.rs" if parts.is_empty() => {}
        other => parts.push(other.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// The folder a module path falls in and the row that covers it, the most specific first:
/// `rules/common` before `rules/*` before `rules`. `rules/*` covers `rules/X` (its own
/// folder) when `src/rules/X/` is a folder.
fn unit_of(path: &[String], units: &[&str], src: &Path) -> Option<(String, String)> {
    for depth in (1..=path.len().min(2)).rev() {
        let prefix = path[..depth].join("/");
        if units.contains(&prefix.as_str()) {
            return Some((prefix.clone(), prefix));
        }
        if depth == 2 {
            let wild = format!("{}/*", path[0]);
            if units.contains(&wild.as_str()) && src.join(&path[0]).join(&path[1]).is_dir() {
                return Some((prefix, wild));
            }
        }
    }
    None
}

/// The crate paths a file names (`crate::a::b`, `$crate::a`, `super::a` resolved against
/// `module`), with their lines, outside comments, literals and `#[cfg(test)]` items. A
/// group (`crate::{a, b::c}`) gives one path per member.
fn crate_paths(text: &str, module: &[String]) -> Vec<(usize, Vec<String>)> {
    let code = strip(text);
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let word_start = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        if word_start && (code[i..].starts_with("crate::") || code[i..].starts_with("super::")) {
            let line = code[..i].matches('\n').count() + 1;
            let mut base: Vec<String> = Vec::new();
            let mut j = i;
            if code[j..].starts_with("crate::") {
                j += "crate::".len();
            } else {
                // `super` is the parent of the file's module; `mod.rs` is its folder's module.
                let mut up = module.to_vec();
                while code[j..].starts_with("super::") {
                    up.pop();
                    j += "super::".len();
                }
                base = up;
            }
            let (paths, end) = path_tail(&code, j);
            for p in paths {
                let mut full = base.clone();
                full.extend(p);
                if !full.is_empty() {
                    out.push((line, full));
                }
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Reads `a::b::{c, d::e}` from `at`: the paths it names and where it ends.
fn path_tail(code: &str, at: usize) -> (Vec<Vec<String>>, usize) {
    let bytes = code.as_bytes();
    let mut segments = Vec::new();
    let mut i = at;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'{' {
            // A group: split at top-level commas and read each member.
            let mut depth = 0;
            let start = i + 1;
            let mut j = i;
            while j < bytes.len() {
                match bytes[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            let inner = &code[start..j.min(code.len())];
            let mut paths = Vec::new();
            let mut level = 0;
            let mut from = 0;
            for (k, c) in inner
                .char_indices()
                .chain(std::iter::once((inner.len(), ',')))
            {
                match c {
                    '{' => level += 1,
                    '}' => level -= 1,
                    ',' if level == 0 => {
                        let member = &inner[from..k];
                        let offset = start + from;
                        let (sub, _) =
                            path_tail(code, offset + (member.len() - member.trim_start().len()));
                        for s in sub {
                            if !s.is_empty() && s[0] != "self" {
                                paths.push([segments.clone(), s].concat());
                            } else if !segments.is_empty() {
                                paths.push(segments.clone());
                            }
                        }
                        from = k + 1;
                    }
                    _ => {}
                }
            }
            return (paths, j + 1);
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        if i == start {
            break;
        }
        segments.push(code[start..i].to_string());
        if code[i..].starts_with("::") {
            i += 2;
        } else {
            break;
        }
    }
    (vec![segments], i)
}

/// The code with comments, string and character literals blanked and `#[cfg(test)]` items
/// removed (line breaks kept, so line numbers still match).
fn strip(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    // Blanks keep every byte offset: one space per byte, line breaks kept.
    let blank = |s: &str, out: &mut String| {
        for c in s.chars() {
            if c == '\n' {
                out.push('\n');
            } else {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
    };
    while i < b.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(text.len(), |e| i + e);
            blank(&text[i..end], &mut out);
            i = end;
        } else if let Some(body) = rest.strip_prefix("/*") {
            let end = body.find("*/").map_or(text.len(), |e| i + 2 + e + 2);
            blank(&text[i..end], &mut out);
            i = end;
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") {
            let hashes = rest[1..].bytes().take_while(|c| *c == b'#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let body = 1 + hashes + 1;
            let end = rest[body..]
                .find(&close)
                .map_or(text.len(), |e| i + body + e + close.len());
            blank(&text[i..end], &mut out);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            blank(&text[i..end], &mut out);
            i = end;
        } else if b[i] == b'\'' {
            // A character literal ('x', '\n', '{'), not a lifetime ('a).
            let lit = if let Some(escaped) = rest.strip_prefix("'\\") {
                escaped.find('\'').map(|e| e + 3)
            } else {
                let mut chars = rest[1..].chars();
                match (chars.next(), chars.next()) {
                    (Some(c), Some('\'')) => Some(1 + c.len_utf8() + 1),
                    _ => None,
                }
            };
            match lit {
                Some(len) => {
                    blank(&text[i..i + len], &mut out);
                    i += len;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else if rest.starts_with("#[cfg(test)]") {
            // Blank the attribute and the item after it: up to its `;` or its closing brace.
            let mut j = i + "#[cfg(test)]".len();
            let mut depth = 0;
            let inner = strip(&text[j..]);
            let ib = inner.as_bytes();
            let mut k = 0;
            while k < ib.len() {
                match ib[k] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            k += 1;
                            break;
                        }
                    }
                    b';' if depth == 0 => {
                        k += 1;
                        break;
                    }
                    _ => {}
                }
                k += 1;
            }
            j += k;
            blank(&text[i..j], &mut out);
            i = j;
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}
