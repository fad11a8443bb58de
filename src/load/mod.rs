//! Loading: discover files, read them, parse them into tfgate's syntax tree and group them
//! into modules, resolving which module calls which; read `--var-file`s ([`vars`]) and join
//! plans to their configuration ([`attach`]).
//!
//! Files are read and parsed in parallel; file ids are assigned in sorted path order first,
//! so every output is the same whatever the thread count.

pub mod attach;
pub mod comments;
pub mod discover;
pub mod dupkeys;
mod for_newlines;
pub mod git;
pub mod hcl;
pub mod json_syntax;
pub mod module;
mod pieces;
pub mod plan;
pub mod syntax;
pub mod vars;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::base::diag::Diagnostic;
use crate::base::path::normalize;
pub(crate) use crate::base::read::boundary_of;
pub use crate::base::read::{DEFAULT_MAX_FILE_SIZE, read_text, regular_file};
use crate::base::source::{SourceFile, SourceFiles};
use crate::base::span::{FileId, Span};
use discover::{FileKind, is_override_file};
use module::{ModuleConfig, ParsedFile};
use syntax::{Attribute, Body, Expr, ExprKind, ObjectKey};

/// What the user asked to load.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    pub paths: Vec<PathBuf>,
    pub excludes: Vec<String>,
    pub max_file_size: u64,
    /// Texts to use instead of what is on disk (fixes being tried), by path as discovered.
    pub overlay: std::sync::Arc<BTreeMap<PathBuf, String>>,
}

/// A module evaluated as a root, with the downloaded modules `terraform init` recorded for it.
#[derive(Clone, Debug)]
pub struct RootModule {
    pub module: usize,
    /// `modules.json` keys (`vpc`, `vpc.subnets`) to module indexes.
    pub registry: BTreeMap<String, usize>,
}

/// Everything loaded for a run.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: SourceFiles,
    pub modules: Vec<ModuleConfig>,
    /// For each module, for each of its calls, the module a local `source` resolves to.
    pub local_targets: Vec<Vec<Option<usize>>>,
    pub roots: Vec<RootModule>,
    pub plans: Vec<PathBuf>,
    /// Canonical directories that `file()` and module sources may not leave.
    pub boundaries: Vec<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
    /// Time spent in the loading sub-stages (indented names: they add up to the load total).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// See [`LoadOptions::overlay`].
    pub overlay: std::sync::Arc<BTreeMap<PathBuf, String>>,
}

impl Loaded {
    /// True when `path` (canonicalised) is inside one of the scanned trees.
    pub fn inside_tree(&self, path: &Path) -> bool {
        inside(&self.boundaries, path)
    }
}

fn inside(boundaries: &[PathBuf], path: &Path) -> bool {
    std::fs::canonicalize(path).is_ok_and(|p| boundaries.iter().any(|b| p.starts_with(b)))
}

/// Discovers, reads and parses everything under the given paths.
pub fn load(opts: &LoadOptions) -> Loaded {
    let started = std::time::Instant::now();
    let max = if opts.max_file_size == 0 {
        DEFAULT_MAX_FILE_SIZE
    } else {
        opts.max_file_size
    };
    // Each file is read and parsed while the walk goes on, on a thread whose stack fits the
    // parsers' nesting limits (the walk's threads have the default stack).
    let overlay = &opts.overlay;
    // One hand-over per directory (per file cost a fifth of a scan's CPU time).
    let pool = crate::base::stack::pool();
    let parse = |paths: &[PathBuf]| -> Vec<Prepared> {
        let each = || {
            paths
                .par_iter()
                .map(|path| prepare(path, overlay, max))
                .collect()
        };
        match &pool {
            Some(pool) => pool.install(each),
            None => each(),
        }
    };
    let (found, prepared) = discover::discover_visiting(&opts.paths, &opts.excludes, &parse);
    let mut loaded = Loaded {
        plans: found.plans,
        diagnostics: found.diagnostics,
        boundaries: found.roots.iter().filter_map(|r| boundary_of(r)).collect(),
        overlay: opts.overlay.clone(),
        ..Loaded::default()
    };
    loaded
        .timings
        .push(("  discover, read and parse", started.elapsed()));
    let discovered_dirs = load_files(&mut loaded, prepared);
    let resolving = std::time::Instant::now();
    resolve(&mut loaded, &discovered_dirs, max);
    loaded
        .timings
        .push(("  resolve modules", resolving.elapsed()));
    loaded
}

/// A directory's configuration files and its auto-loaded variable files.
type DirFiles = (Vec<ParsedFile>, Vec<(FileId, Vec<Attribute>)>);

/// A file read and parsed on a worker thread, before it has an id.
struct Prepared {
    path: PathBuf,
    /// The file, or why it could not be read.
    file: Result<SourceFile, String>,
    /// The parsed body, or the error located in the file.
    body: Option<Result<Body, Diagnostic>>,
    /// Warnings about the file that parsed (object items a repeated key replaced).
    warnings: Vec<Diagnostic>,
}

impl Prepared {
    /// A file that was not read, with the reason.
    fn refused(path: PathBuf, why: String) -> Prepared {
        Prepared {
            path,
            file: Err(why),
            body: None,
            warnings: Vec::new(),
        }
    }
}

/// Terraform skips files whose names start with a dot.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.as_encoded_bytes().first() == Some(&b'.'))
}

/// Refuses a path that leads outside the scanned trees (through a symlink anywhere on its
/// way) or is not a regular file, before anything opens it.
pub fn confined_file(path: &Path, boundaries: &[PathBuf]) -> Result<(), String> {
    let real = std::fs::canonicalize(path).map_err(|e| {
        format!("not read: it cannot be resolved (a symlink loop or a missing target): {e}")
    })?;
    if !boundaries.iter().any(|b| real.starts_with(b)) {
        return Err(format!(
            "not read: it leads outside the scanned tree, to {}",
            real.display()
        ));
    }
    regular_file(&real)
}

/// Reads a file (or takes its text from the overlay) and parses it.
fn prepare(path: &Path, overlay: &BTreeMap<PathBuf, String>, max: u64) -> Prepared {
    let display = crate::base::path::display(path);
    let text = match overlay.get(path) {
        Some(t) => Ok(t.clone()),
        None => read_text(path, max),
    };
    let file = text.map(|text| SourceFile::new(display, path.to_path_buf(), text));
    let mut warnings = Vec::new();
    let body = file.as_ref().ok().map(|file| {
        match parse_file_noting(&file.text, FileKind::of(path).unwrap_or(FileKind::Tf)) {
            Ok((body, replaced)) => {
                warnings = replaced.iter().map(|r| repeated_key(file, r)).collect();
                Ok(body)
            }
            Err(e) => Err(Diagnostic::error("parse-error", e.message)
                .in_file(file.display.clone())
                .at(e.line, e.column)),
        }
    });
    Prepared {
        path: path.to_path_buf(),
        file,
        body,
        warnings,
    }
}

/// The warning for an object item that a later one with the same key replaces: Terraform
/// accepts this silently, but it is most likely a mistake, and the earlier value is not the
/// one deployed.
fn repeated_key(file: &SourceFile, r: &dupkeys::Replaced) -> Diagnostic {
    let at = |offset: usize| file.line_col(u32::try_from(offset).unwrap_or(u32::MAX));
    let (here, by) = (at(r.offset), at(r.by));
    Diagnostic::warning(
        "repeated-key",
        format!(
            "key `{}` is set again in this object at line {}: Terraform keeps the last value, so this one is ignored",
            r.key, by.line
        ),
    )
    .in_file(file.display.clone())
    .at(here.line, here.column)
}

/// Adds read and parsed files to the table, in path order, and builds one module per
/// directory. Returns the directories of the modules built, in order.
fn load_files(loaded: &mut Loaded, mut prepared: Vec<Prepared>) -> Vec<PathBuf> {
    let building = std::time::Instant::now();
    prepared.par_sort_by(|a, b| a.path.cmp(&b.path));
    let dirs: Vec<PathBuf> = prepared
        .par_iter()
        .map(|p| {
            p.path
                .parent()
                .map_or_else(|| PathBuf::from("."), normalize)
        })
        .collect();
    // Files grouped by directory: a directory's files mostly come one after another in path
    // order, so the last group is tried first.
    let mut groups: Vec<(PathBuf, DirFiles)> = Vec::new();
    let mut group_of: HashMap<PathBuf, usize> = HashMap::new();
    for (
        Prepared {
            path,
            file,
            body,
            warnings,
        },
        dir,
    ) in prepared.into_iter().zip(dirs)
    {
        loaded.diagnostics.extend(warnings);
        let file = match file {
            Ok(file) => file,
            Err(msg) => {
                loaded.diagnostics.push(
                    Diagnostic::error("read-error", msg).in_file(crate::base::path::display(&path)),
                );
                continue;
            }
        };
        let id = loaded.files.add(file);
        let g = match groups.last() {
            Some((last, _)) if *last == dir => groups.len() - 1,
            _ => *group_of.entry(dir).or_insert_with_key(|dir| {
                groups.push((dir.clone(), DirFiles::default()));
                groups.len() - 1
            }),
        };
        let entry = &mut groups[g].1;
        let body = match body {
            Some(Ok(b)) => b,
            Some(Err(d)) => {
                loaded.diagnostics.push(d);
                continue;
            }
            None => continue,
        };
        match FileKind::of(&path) {
            Some(FileKind::Tf | FileKind::TfJson) => entry.0.push(ParsedFile {
                id,
                is_override: is_override_file(&path),
                body,
            }),
            Some(FileKind::Tfvars | FileKind::TfvarsJson) if is_auto_tfvars(&path) => {
                entry.1.push((id, body.attributes));
            }
            _ => {}
        }
    }
    groups.par_sort_by(|a, b| a.0.cmp(&b.0));
    // Directories are built in parallel; modules keep directory order.
    let files = &loaded.files;
    let built: Vec<(PathBuf, ModuleConfig, Vec<Diagnostic>)> = groups
        .into_iter()
        .filter(|(_, (files, _))| !files.is_empty())
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(dir, (parsed, tfvars))| {
            let (mut module, diags) = ModuleConfig::build(dir.clone(), parsed);
            let mut diags: Vec<Diagnostic> = diags
                .into_iter()
                .map(|d| d.in_file(dir.display().to_string()))
                .collect();
            module.auto_tfvars = sort_tfvars(files, tfvars);
            drop_duplicate_resources(files, &mut module, &mut diags);
            (dir, module, diags)
        })
        .collect();
    let mut dirs = Vec::with_capacity(built.len());
    for (dir, module, diags) in built {
        loaded.diagnostics.extend(diags);
        loaded.modules.push(module);
        dirs.push(dir);
    }
    add_timing(loaded, "  build modules", building.elapsed());
    dirs
}

/// Terraform refuses two `resource` (or `data`) blocks with the same type and name in one
/// module: the later ones are errors, located, and only the first is kept.
fn drop_duplicate_resources(
    files: &SourceFiles,
    module: &mut ModuleConfig,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Almost every module has none: find that out without copying any name.
    let mut seen: rustc_hash::FxHashSet<(crate::model::Mode, &str, &str)> =
        rustc_hash::FxHashSet::default();
    seen.reserve(module.resources.len());
    if module
        .resources
        .iter()
        .all(|r| seen.insert((r.mode, r.rtype.as_str(), r.name.as_str())))
    {
        return;
    }
    let mut first: HashMap<(crate::model::Mode, String, String), crate::base::span::Loc> =
        HashMap::new();
    let mut keep = Vec::with_capacity(module.resources.len());
    for r in std::mem::take(&mut module.resources) {
        let key = (r.mode, r.rtype.clone(), r.name.clone());
        match first.get(&key) {
            Some(earlier) => {
                let at = files.get(earlier.file);
                let line = at.line_col(earlier.span.start).line;
                let here = files.get(r.loc.file);
                let lc = here.line_col(r.loc.span.start);
                diagnostics.push(
                    Diagnostic::error(
                        "duplicate-resource",
                        format!(
                            "{} is declared twice in this module (first at {}:{line}); Terraform refuses it",
                            r.local_address(),
                            at.display
                        ),
                    )
                    .in_file(here.display.clone())
                    .at(lc.line, lc.column),
                );
            }
            None => {
                first.insert(key, r.loc);
                keep.push(r);
            }
        }
    }
    module.resources = keep;
}

/// Adds to a loading sub-stage's time (loading runs again for downloaded modules).
fn add_timing(loaded: &mut Loaded, stage: &'static str, d: std::time::Duration) {
    match loaded.timings.iter_mut().find(|(s, _)| *s == stage) {
        Some((_, total)) => *total += d,
        None => loaded.timings.push((stage, d)),
    }
}

/// `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars[.json]` in lexical order.
fn sort_tfvars(
    files: &SourceFiles,
    mut tfvars: Vec<(FileId, Vec<Attribute>)>,
) -> Vec<(FileId, Vec<Attribute>)> {
    tfvars.sort_by_key(|(id, _)| {
        let name = files
            .get(*id)
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rank = match name.as_str() {
            "terraform.tfvars" => 0,
            "terraform.tfvars.json" => 1,
            _ => 2,
        };
        (rank, name)
    });
    tfvars
}

fn is_auto_tfvars(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    matches!(name, "terraform.tfvars" | "terraform.tfvars.json")
        || name.ends_with(".auto.tfvars")
        || name.ends_with(".auto.tfvars.json")
}

/// Parses a file of the given kind. A UTF-8 byte-order mark is blanked to spaces first, so
/// byte offsets still match the file.
pub fn parse_file(text: &str, kind: FileKind) -> Result<Body, hcl::ParseError> {
    parse_file_noting(text, kind).map(|(body, _)| body)
}

/// [`parse_file`], also returning the object items that a later item with the same key
/// replaces (native syntax only: hcl-edit refuses such objects, while the JSON syntax
/// parser keeps the last value itself).
pub fn parse_file_noting(
    text: &str,
    kind: FileKind,
) -> Result<(Body, Vec<dupkeys::Replaced>), hcl::ParseError> {
    let blanked;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            blanked = format!("   {rest}");
            blanked.as_str()
        }
        None => text,
    };
    match kind {
        FileKind::Tf | FileKind::Tfvars => hcl::parse_body_noting(text),
        FileKind::TfJson => json_syntax::parse_tf_json(text).map(|body| (body, Vec::new())),
        FileKind::TfvarsJson => {
            let members = json_syntax::parse_tfvars_json(text)?;
            let body = Body {
                attributes: members
                    .into_iter()
                    .map(|(name, span, value)| Attribute {
                        name,
                        expr: json_literal(&value, span),
                        span,
                    })
                    .collect(),
                blocks: Vec::new(),
            };
            Ok((body, Vec::new()))
        }
    }
}

/// A JSON value as a literal expression (tfvars JSON values are never templates).
pub fn json_literal(value: &serde_json::Value, span: Span) -> Expr {
    let kind = match value {
        serde_json::Value::Null => ExprKind::Null,
        serde_json::Value::Bool(b) => ExprKind::Bool(*b),
        serde_json::Value::Number(n) => ExprKind::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => ExprKind::String(Arc::from(s.as_str())),
        serde_json::Value::Array(items) => {
            ExprKind::Tuple(items.iter().map(|v| json_literal(v, span)).collect())
        }
        serde_json::Value::Object(fields) => ExprKind::Object(
            fields
                .iter()
                .map(|(k, v)| {
                    (
                        ObjectKey::Ident(Arc::from(k.as_str())),
                        json_literal(v, span),
                    )
                })
                .collect(),
        ),
    };
    Expr { kind, span }
}

/// Resolves module calls: local sources to module directories (loading directories that
/// discovery did not walk, such as excluded or hidden ones), and for each root the modules
/// `terraform init` downloaded. Then picks the roots: discovered modules no other discovered
/// module calls, plus any left unreached (a cycle of calls must still be evaluated).
fn resolve(loaded: &mut Loaded, discovered: &[PathBuf], max: u64) {
    let mut index: HashMap<PathBuf, usize> = discovered
        .iter()
        .enumerate()
        .map(|(i, d)| (d.clone(), i))
        .collect();
    let discovered_count = loaded.modules.len();
    let mut targets: Vec<Vec<Option<usize>>> = Vec::new();
    let mut reported: BTreeSet<(String, String)> = BTreeSet::new();
    let mut m = 0;
    while m < loaded.modules.len() {
        let mut row = Vec::new();
        for c in 0..loaded.modules[m].calls.len() {
            let call = &loaded.modules[m].calls[c];
            if !call.is_local() {
                row.push(None);
                continue;
            }
            let source = call.source.clone().unwrap_or_default();
            let dir = normalize(&loaded.modules[m].dir.join(&source));
            let target = match index.get(&dir) {
                Some(&t) => Some(t),
                None => load_extra_dir(loaded, &mut index, &dir, max, m, c, &mut reported),
            };
            row.push(target);
        }
        targets.push(row);
        m += 1;
    }
    loaded.local_targets = targets;

    let called: BTreeSet<usize> = (0..discovered_count)
        .flat_map(|m| {
            loaded.local_targets[m]
                .iter()
                .flatten()
                .copied()
                .filter(move |&t| t != m)
        })
        .collect();
    let mut roots: Vec<usize> = (0..discovered_count)
        .filter(|m| !called.contains(m))
        .collect();
    let mut reached: BTreeSet<usize> = BTreeSet::new();
    let mut stack = roots.clone();
    while let Some(m) = stack.pop() {
        if reached.insert(m) {
            stack.extend(loaded.local_targets[m].iter().flatten().copied());
        }
    }
    roots.extend((0..discovered_count).filter(|m| !reached.contains(m)));
    roots.sort_unstable();
    roots.dedup();

    for root in roots {
        let registry = load_registry(loaded, &mut index, root, max);
        loaded.roots.push(RootModule {
            module: root,
            registry,
        });
    }
}

/// Loads a module directory that discovery did not walk, if it is inside the scanned tree.
fn load_extra_dir(
    loaded: &mut Loaded,
    index: &mut HashMap<PathBuf, usize>,
    dir: &Path,
    max: u64,
    caller: usize,
    call: usize,
    reported: &mut BTreeSet<(String, String)>,
) -> Option<usize> {
    let call_ref = &loaded.modules[caller].calls[call];
    let file = loaded.files.get(call_ref.loc.file);
    let at = file.line_col(call_ref.loc.span.start);
    let display = file.display.clone();
    let name = call_ref.name.clone();
    let source = call_ref.source.clone().unwrap_or_default();
    let problem = if !dir.is_dir() {
        Some(format!(
            "module \"{name}\": source \"{source}\" is not a directory ({} does not exist)",
            dir.display()
        ))
    } else if !loaded.inside_tree(dir) {
        Some(format!(
            "module \"{name}\": source \"{source}\" points outside the scanned tree; it was not read"
        ))
    } else {
        None
    };
    if let Some(message) = problem {
        if reported.insert((display.clone(), name)) {
            loaded.diagnostics.push(
                Diagnostic::error("module-not-found", message)
                    .in_file(display)
                    .at(at.line, at.column),
            );
        }
        return None;
    }
    load_dir_into(loaded, index, dir, max)
}

/// Reads one directory's Terraform files (not recursively) as a module.
fn load_dir_into(
    loaded: &mut Loaded,
    index: &mut HashMap<PathBuf, usize>,
    dir: &Path,
    max: u64,
) -> Option<usize> {
    if let Some(&i) = index.get(dir) {
        return Some(i);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| FileKind::of(p).is_some_and(FileKind::is_config) && !is_hidden(p))
        .map(|p| normalize(&p))
        .collect();
    files.sort();
    let before = loaded.modules.len();
    let overlay = loaded.overlay.clone();
    let reading = std::time::Instant::now();
    // The walk did not visit this directory, so nothing checked its files yet: each must
    // be a regular file inside the tree, whatever a symlink says.
    let boundaries = &loaded.boundaries;
    let read = || {
        files
            .into_par_iter()
            .map(|path| match confined_file(&path, boundaries) {
                Ok(()) => prepare(&path, &overlay, max),
                Err(why) => Prepared::refused(path, why),
            })
            .collect()
    };
    let prepared = match crate::base::stack::pool() {
        Some(pool) => pool.install(read),
        None => read(),
    };
    add_timing(
        loaded,
        "  read and parse downloaded modules",
        reading.elapsed(),
    );
    let dirs = load_files(loaded, prepared);
    if dirs.is_empty() {
        return None;
    }
    let i = before;
    index.insert(dir.to_path_buf(), i);
    Some(i)
}

#[derive(serde::Deserialize)]
struct ModulesJson {
    #[serde(rename = "Modules", default)]
    modules: Vec<ModulesJsonEntry>,
}

#[derive(serde::Deserialize)]
struct ModulesJsonEntry {
    #[serde(rename = "Key", default)]
    key: String,
    #[serde(rename = "Dir", default)]
    dir: String,
}

/// Reads `.terraform/modules/modules.json` of a root and loads the modules it lists.
fn load_registry(
    loaded: &mut Loaded,
    index: &mut HashMap<PathBuf, usize>,
    root: usize,
    max: u64,
) -> BTreeMap<String, usize> {
    let root_dir = loaded.modules[root].dir.clone();
    let manifest = root_dir.join(".terraform/modules/modules.json");
    let mut registry = BTreeMap::new();
    if std::fs::symlink_metadata(&manifest).is_err() {
        return registry;
    }
    let text =
        confined_file(&manifest, &loaded.boundaries).and_then(|()| read_text(&manifest, max));
    let text = match text {
        Ok(text) => text,
        Err(why) => {
            loaded.diagnostics.push(
                Diagnostic::error("invalid-modules-json", format!("module manifest {why}"))
                    .in_file(manifest.to_string_lossy().replace('\\', "/")),
            );
            return registry;
        }
    };
    let parsed: ModulesJson = match serde_json::from_str(&text) {
        Ok(p) => p,
        Err(e) => {
            loaded.diagnostics.push(
                Diagnostic::warning(
                    "invalid-modules-json",
                    format!("cannot read module manifest: {e}"),
                )
                .in_file(manifest.display().to_string())
                .at(e.line(), e.column()),
            );
            return registry;
        }
    };
    for entry in parsed.modules {
        if entry.key.is_empty() {
            continue;
        }
        let dir = normalize(&root_dir.join(&entry.dir));
        if !dir.is_dir() || !loaded.inside_tree(&dir) {
            continue;
        }
        if let Some(i) = load_dir_into(loaded, index, &dir, max) {
            registry.insert(entry.key, i);
        }
    }
    // Local calls inside downloaded modules resolve only once all of them are loaded.
    while loaded.local_targets.len() < loaded.modules.len() {
        let m = loaded.local_targets.len();
        let module = &loaded.modules[m];
        let row = module
            .calls
            .iter()
            .map(|call| {
                let source = call.source.as_deref().filter(|_| call.is_local())?;
                index.get(&normalize(&module.dir.join(source))).copied()
            })
            .collect();
        loaded.local_targets.push(row);
    }
    registry
}
