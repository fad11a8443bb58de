//! Fixes: edits on the user's own source that make a finding go away.
//!
//! A rule proposes a [`Remedy`] in terms of the resource (set these arguments, add this
//! companion resource). [`plan`] turns it into a [`Fix`]: byte-range edits on the files the
//! resource was written in, and an [`Applicability`]. Only a value written in place, in a
//! file under the scanned tree and outside `.terraform/`, of a resource evaluated from
//! configuration, gets edits; anything else (a value that came through a variable or an
//! expression, a module someone else owns, a plan-only finding, a `dynamic` block) gets a
//! display-only suggestion. [`apply`] applies one pass of fixes to the texts; the application
//! (`app::fix_loop`) re-parses, re-checks and repeats.

pub mod apply;
pub mod edit;
pub mod provider;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::base::source::SourceFiles;
use crate::base::span::{FileId, Span};
use crate::finding::Finding;
use crate::load::module::{ModuleConfig, Resource};
use crate::model::Mode;
use crate::model::{EvalBody, Instance, InstanceKey, Origin, Workspace};

use crate::finding::fix::{Applicability, Edit, Fix};
use crate::finding::remedy::{Change, Remedy, Safety};

/// What fix planning needs to know about the run.
pub struct FixContext<'a> {
    pub files: &'a SourceFiles,
    pub workspace: &'a Workspace,
    /// The scanned directories (and plan files), normalised: edits stay inside them.
    pub scanned: &'a [PathBuf],
    /// The module configurations: new resources must not take a declared name.
    pub modules: &'a [ModuleConfig],
    /// Which module configuration each file belongs to: built on first use.
    module_of_file: std::sync::OnceLock<HashMap<FileId, usize>>,
    /// Each module's declared managed resources as (type, name): built on first use, as a
    /// new resource's name is checked against them for every finding that adds one.
    declared: std::sync::OnceLock<Vec<HashSet<(&'a str, &'a str)>>>,
    /// Per (module, companion type, referenced type): the name of each referenced resource
    /// an existing companion names, with the first such companion. Built on first use; it
    /// replaces reading every companion's arguments for every finding.
    companions: std::sync::Mutex<HashMap<(usize, String, String), Arc<NamedBy>>>,
}

impl<'a> FixContext<'a> {
    pub fn new(
        files: &'a SourceFiles,
        workspace: &'a Workspace,
        scanned: &'a [PathBuf],
        modules: &'a [ModuleConfig],
    ) -> Self {
        FixContext {
            files,
            workspace,
            scanned,
            modules,
            module_of_file: std::sync::OnceLock::new(),
            declared: std::sync::OnceLock::new(),
            companions: std::sync::Mutex::new(HashMap::default()),
        }
    }

    /// The index of the module configuration a file belongs to.
    fn module_of(&self, file: FileId) -> Option<usize> {
        let index = self.module_of_file.get_or_init(|| {
            self.modules
                .iter()
                .enumerate()
                .flat_map(|(m, config)| config.files.iter().map(move |f| (*f, m)))
                .collect()
        });
        index.get(&file).copied()
    }

    /// True when module `m` declares a managed resource `rtype.name`.
    fn declares(&self, m: usize, rtype: &str, name: &str) -> bool {
        let declared = self.declared.get_or_init(|| {
            self.modules
                .iter()
                .map(|config| {
                    config
                        .resources
                        .iter()
                        .filter(|r| r.mode == Mode::Managed)
                        .map(|r| (r.rtype.as_str(), r.name.as_str()))
                        .collect()
                })
                .collect()
        });
        declared[m].contains(&(rtype, name))
    }

    /// The first managed `rtype` resource of module `m` whose arguments name
    /// `target_type.target_name` (followed by anything but a name character).
    fn companion_of(
        &self,
        m: usize,
        rtype: &str,
        target_type: &str,
        target_name: &str,
    ) -> Option<&'a Resource> {
        let key = (m, rtype.to_string(), target_type.to_string());
        let named = {
            let mut cache = self
                .companions
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            cache
                .entry(key)
                .or_insert_with(|| {
                    Arc::new(named_by(self.files, &self.modules[m], rtype, target_type))
                })
                .clone()
        };
        named
            .get(target_name)
            .map(|&i| &self.modules[m].resources[i])
    }

    /// The resource block an instance was evaluated from, as written.
    fn source_of(&self, inst: &Instance) -> Option<&'a Resource> {
        let m = self.module_of(inst.loc?.file)?;
        self.modules[m]
            .resources
            .iter()
            .find(|r| r.mode == inst.mode && r.rtype == inst.rtype && r.name == inst.name)
    }

    /// Whether the AWS provider of the instance's module and of its root may be a version
    /// with major version `major` or later, by their version constraints; `Err` says why not
    /// (or that a constraint cannot be read).
    fn provider_admits(&self, inst: &Instance, major: u64) -> Result<(), String> {
        let mut modules = Vec::new();
        if let Some(m) = inst.loc.and_then(|loc| self.module_of(loc.file)) {
            modules.push(m);
        }
        if let Some(root) = self
            .modules
            .iter()
            .position(|m| crate::base::path::display(&m.dir) == *inst.root)
            && !modules.contains(&root)
        {
            modules.push(root);
        }
        for m in modules {
            let Some(constraints) = self.modules[m].provider_version("aws") else {
                continue;
            };
            match provider::admits_major(&constraints, major) {
                Some(true) => {}
                Some(false) => {
                    return Err(format!(
                        "the AWS provider is constrained to `{constraints}` in {}, and this resource type needs version {major}.0 or later: upgrade the provider, or configure it inline",
                        crate::base::path::display(&self.modules[m].dir)
                    ));
                }
                None => {
                    return Err(format!(
                        "cannot read the AWS provider constraint `{constraints}`: add the resource by hand if the provider has it"
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The first of `names` the resource writes inline, as an argument, a block or a `dynamic`
/// block.
fn inline_conflict<'n>(resource: &Resource, names: &[&'n str]) -> Option<&'n str> {
    names.iter().copied().find(|name| {
        resource.body.attributes.iter().any(|a| a.name == *name)
            || resource.body.blocks.iter().any(|b| {
                b.kind == *name
                    || (b.kind == "dynamic" && b.labels.first().is_some_and(|l| l == name))
            })
    })
}

/// Referenced resource names, each with the first resource (an index into the module's
/// resources) that names it.
type NamedBy = HashMap<String, usize>;

/// For the managed `rtype` resources of a module, in order: each `target_type` resource
/// name their arguments mention (`target_type.NAME` not followed by a name character), with
/// the first resource that mentions it.
fn named_by(files: &SourceFiles, module: &ModuleConfig, rtype: &str, target_type: &str) -> NamedBy {
    let prefix = format!("{target_type}.");
    let is_name = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let mut out = NamedBy::default();
    for (i, r) in module.resources.iter().enumerate() {
        if r.mode != Mode::Managed || r.rtype != rtype {
            continue;
        }
        let text = &files.get(r.loc.file).text;
        for a in &r.body.attributes {
            let Some(expr) = text.get(a.expr.span.range()) else {
                continue;
            };
            for (at, _) in expr.match_indices(&prefix) {
                let rest = &expr[at + prefix.len()..];
                let end = rest.find(|c: char| !is_name(c)).unwrap_or(rest.len());
                out.entry(rest[..end].to_string()).or_insert(i);
            }
        }
    }
    out
}

/// Places a finding's remedy in the source.
pub fn plan(cx: &FixContext, finding: &Finding, remedy: &Remedy) -> Fix {
    let placed = match finding.instance {
        Some(i) => place(cx, &cx.workspace.instances[i], &remedy.change),
        None => Err("not about a resource".to_string()),
    };
    match placed {
        Ok(edits) => Fix {
            title: remedy.title.clone(),
            applicability: match remedy.safety {
                Safety::Safe => Applicability::Safe,
                Safety::Unsafe => Applicability::Unsafe,
            },
            edits,
            note: None,
        },
        Err(note) => Fix {
            title: remedy.title.clone(),
            applicability: Applicability::DisplayOnly,
            edits: Vec::new(),
            note: Some(note),
        },
    }
}

fn place(cx: &FixContext, inst: &Instance, change: &Change) -> Result<Vec<Edit>, String> {
    if let Origin::Plan(_) = inst.origin {
        return Err("found in a plan: change the configuration that produced it".into());
    }
    let loc = inst
        .loc
        .ok_or_else(|| "the resource has no source location".to_string())?;
    let mut edits = Vec::new();
    match change {
        Change::Manual(note) => return Err(note.clone()),
        Change::Set(settings) => {
            for (path, value) in settings {
                edits.extend(place_setting(cx, inst, path, value)?);
            }
        }
        Change::ReplaceBlock { path, settings } => {
            edits.push(replace_block(cx, inst, path, settings)?);
        }
        Change::AddCompanion {
            rtype,
            link,
            settings,
            instead_of,
            since_major,
        } => {
            let file = cx.files.get(loc.file);
            owned(cx, loc.file)?;
            if let Some(name) = cx
                .source_of(inst)
                .and_then(|r| inline_conflict(r, instead_of))
            {
                return Err(format!(
                    "the resource configures `{name}` inline, and the provider does not accept `{rtype}` beside it: change `{name}` instead, or move it to `{rtype}`"
                ));
            }
            if *since_major > 0 {
                cx.provider_admits(inst, *since_major)?;
            }
            if is_json(&file.display) {
                return Err("a .tf.json file: add the resource by hand".into());
            }
            let this = format!("{}.{}", inst.rtype, inst.name);
            let (expansion, reference) = match &inst.key {
                InstanceKey::None => (None, format!("{this}.id")),
                InstanceKey::Int(_) => (
                    Some(("count", format!("length({this})"))),
                    format!("{this}[count.index].id"),
                ),
                InstanceKey::Str(_) => (Some(("for_each", this.clone())), "each.value.id".into()),
                InstanceKey::Unknown => {
                    return Err(
                        "the resource's count or for_each is not known: add the resource by hand"
                            .into(),
                    );
                }
            };
            let module = cx.module_of(loc.file);
            // The module already declares such a companion for this resource, but it is not
            // created here (its count or for_each leaves it out): adding a second one would be
            // wrong; the inputs that switch it on are the fix.
            if let Some(m) = module
                && let Some(existing) = cx.companion_of(m, rtype, &inst.rtype, &inst.name)
            {
                return Err(format!(
                    "the module declares `{rtype}.{}` for it, which is not created here: turn it on through the module's inputs",
                    existing.name
                ));
            }
            let name = free_name(cx, module, inst, rtype);
            let mut tree = edit::Tree::default();
            if let Some((meta, expr)) = expansion {
                tree.attrs.push((meta.to_string(), expr));
                tree.attrs.push((String::new(), String::new()));
            }
            tree.attrs.push((link.to_string(), reference));
            if !settings.is_empty() {
                tree.attrs.push((String::new(), String::new()));
            }
            for (path, value) in settings {
                tree.add(path, value);
            }
            let text = format!(
                "\n\nresource \"{rtype}\" \"{name}\" {{\n{}}}",
                tree.render("  ", "  ")
            );
            edits.push(Edit {
                file: loc.file,
                span: Span {
                    start: loc.span.end,
                    end: loc.span.end,
                },
                text,
                key: format!("resource.{rtype}.{name}"),
            });
        }
    }
    Ok(edits)
}

/// One `path = value` setting: replace the written value, insert the argument into its
/// block, or insert the missing blocks.
fn place_setting(
    cx: &FixContext,
    inst: &Instance,
    path: &str,
    value: &str,
) -> Result<Vec<Edit>, String> {
    let segments: Vec<&str> = path.split('.').collect();
    let (arg, blocks) = segments.split_last().ok_or("empty path")?;
    let mut body: &EvalBody = &inst.body;
    let mut container = inst.loc.ok_or("no source location")?;
    let mut rest: &[&str] = blocks;
    while let Some((segment, tail)) = rest.split_first() {
        let (kind, index) = parse_segment(segment);
        let Some(block) = body.blocks_of(kind).nth(index) else {
            break;
        };
        if block.dynamic {
            return Err(format!(
                "the `{kind}` block is generated by a `dynamic` block: change its content by hand"
            ));
        }
        container = block.loc.ok_or("a nested block has no source location")?;
        body = &block.body;
        rest = tail;
    }
    if rest.is_empty()
        && let Some(attr) = body.attr(arg)
        && let Some(attr_loc) = attr.loc
    {
        let file = cx.files.get(attr_loc.file);
        let span = attr.expr_span.ok_or("no source location for the value")?;
        if !attr.literal {
            let written = file
                .text
                .get(span.start as usize..span.end as usize)
                .unwrap_or("?");
            return Err(format!(
                "`{arg}` is set from `{}`: change the value where it comes from",
                shorten(written)
            ));
        }
        owned(cx, attr_loc.file)?;
        return Ok(vec![Edit {
            file: attr_loc.file,
            span,
            text: value.to_string(),
            key: format!("replace.{arg}"),
        }]);
    }
    // Insert: the missing blocks with the argument, or the argument alone.
    let file = cx.files.get(container.file);
    owned(cx, container.file)?;
    if is_json(&file.display) {
        return Err(format!(
            "`{arg}` is not written in this .tf.json file: add it by hand"
        ));
    }
    let mut tree = edit::Tree::default();
    let inner: Vec<String> = rest
        .iter()
        .map(|s| parse_segment(s).0.to_string())
        .collect();
    let relative = if inner.is_empty() {
        (*arg).to_string()
    } else {
        format!("{}.{arg}", inner.join("."))
    };
    let key = inner
        .first()
        .map_or_else(|| (*arg).to_string(), Clone::clone);
    tree.add(&relative, value);
    let placed = edit::insert_into_block(&file.text, container.span, &tree)
        .ok_or_else(|| "cannot find the block's braces".to_string())?;
    Ok(placed
        .into_iter()
        .enumerate()
        .map(|(n, (span, text))| Edit {
            file: container.file,
            span,
            text,
            key: if n == 0 {
                format!("insert.{key}")
            } else {
                format!("align.{}", span.start)
            },
        })
        .collect())
}

/// Replaces a nested block, written in the user's file, with a new one of the same type.
fn replace_block(
    cx: &FixContext,
    inst: &Instance,
    path: &str,
    settings: &[(String, String)],
) -> Result<Edit, String> {
    let mut body: &EvalBody = &inst.body;
    let mut found = None;
    for segment in path.split('.') {
        let (kind, index) = parse_segment(segment);
        let block = body
            .blocks_of(kind)
            .nth(index)
            .ok_or_else(|| format!("no `{kind}` block to replace"))?;
        if block.dynamic {
            return Err(format!(
                "the `{kind}` block is generated by a `dynamic` block: change it by hand"
            ));
        }
        body = &block.body;
        found = Some(block);
    }
    let block = found.ok_or("empty path")?;
    let loc = block.loc.ok_or("the block has no source location")?;
    owned(cx, loc.file)?;
    let file = cx.files.get(loc.file);
    if is_json(&file.display) {
        return Err("a .tf.json file: replace the block by hand".into());
    }
    let mut tree = edit::Tree::default();
    for (p, v) in settings {
        tree.add(p, v);
    }
    let indent = edit::indentation_of_line(&file.text, loc.span.start as usize);
    Ok(Edit {
        file: loc.file,
        span: loc.span,
        text: format!(
            "{} {{\n{}{indent}}}",
            block.kind,
            tree.render(&format!("{indent}  "), "  ")
        ),
        key: format!("replace.{path}"),
    })
}

/// `rule[0]` → (`rule`, 0); `rule` → (`rule`, 0).
fn parse_segment(segment: &str) -> (&str, usize) {
    match segment.split_once('[') {
        Some((kind, rest)) => (kind, rest.trim_end_matches(']').parse().unwrap_or(0)),
        None => (segment, 0),
    }
}

fn shorten(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 60 {
        format!("{}…", one_line.chars().take(60).collect::<String>())
    } else {
        one_line
    }
}

fn is_json(display: &str) -> bool {
    display.ends_with(".json")
}

/// Edits only touch the user's own files: under a scanned directory, outside `.terraform/`.
fn owned(cx: &FixContext, file: FileId) -> Result<(), String> {
    let f = cx.files.get(file);
    let module_cache = f.path.components().any(|c| c.as_os_str() == ".terraform");
    if module_cache {
        return Err(format!(
            "{} is a downloaded module (under .terraform/): change the module's inputs or upstream",
            f.display
        ));
    }
    let path = crate::base::path::normalize(&f.path);
    if !cx.scanned.iter().any(|root| within(&path, root)) {
        return Err(format!(
            "{} is outside the scanned tree: change it there",
            f.display
        ));
    }
    writable(&f.path).map_err(|why| format!("{} {why}", f.display))
}

/// A file `--fix` may write: not a symlink (writing through it edits the file it points to,
/// which the scan saw under another name, or which may be outside the tree) and without
/// other hard links (the same file elsewhere, which no path check can see). The error
/// completes a sentence that starts with the file's name.
pub fn writable(path: &Path) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| format!("cannot be checked: {e}"))?;
    if meta.file_type().is_symlink() {
        return Err(
            "is a symlink: tfgate does not write through links; fix the file it points to".into(),
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if meta.nlink() > 1 {
            return Err(format!(
                "has {} hard links: writing it would change the same file elsewhere; fix it by hand",
                meta.nlink()
            ));
        }
    }
    if !meta.is_file() {
        return Err("is not a regular file".into());
    }
    Ok(())
}

fn within(path: &Path, root: &Path) -> bool {
    root.as_os_str().is_empty() || root == Path::new(".") || path.starts_with(root)
}

/// A resource name of `rtype` not declared in the instance's module: its own name if free.
fn free_name(cx: &FixContext, module: Option<usize>, inst: &Instance, rtype: &str) -> String {
    let taken = |name: &str| module.is_some_and(|m| cx.declares(m, rtype, name));
    if !taken(&inst.name) {
        return inst.name.clone();
    }
    (2..)
        .map(|n| format!("{}_{n}", inst.name))
        .find(|n| !taken(n))
        .unwrap_or_default()
}
