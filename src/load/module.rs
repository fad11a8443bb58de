//! A module's configuration: the blocks of every `.tf`/`.tf.json` file in one directory,
//! with override files merged in, sorted into variables, locals, outputs, resources and
//! module calls.

use std::path::PathBuf;

use super::syntax::{Attribute, Block, Body, Expr, ExprKind, ObjectKey};
use crate::base::diag::Diagnostic;
use crate::base::span::{FileId, Loc};
use crate::model::Mode;

/// A `variable` block.
#[derive(Clone, Debug)]
pub struct Variable {
    pub name: String,
    pub type_expr: Option<Expr>,
    pub default: Option<Expr>,
    pub nullable: bool,
    /// `sensitive = true`: its value is never printed.
    pub sensitive: bool,
    pub loc: Loc,
}

/// One `name = expr` inside a `locals` block.
#[derive(Clone, Debug)]
pub struct Local {
    pub attr: Attribute,
    pub file: FileId,
}

/// An `output` block.
#[derive(Clone, Debug)]
pub struct Output {
    pub name: String,
    pub expr: Expr,
    /// `sensitive = true`: its value is never printed.
    pub sensitive: bool,
    pub loc: Loc,
}

/// A `resource` or `data` block.
#[derive(Clone, Debug)]
pub struct Resource {
    pub mode: Mode,
    pub rtype: String,
    pub name: String,
    pub count: Option<Expr>,
    pub for_each: Option<Expr>,
    /// Arguments and nested blocks, without the meta-arguments.
    pub body: Body,
    pub loc: Loc,
    /// Top-level arguments and block types that an override file replaced, with that file
    /// (their spans point into it).
    pub overridden: Vec<(String, FileId)>,
}

impl Resource {
    /// `aws_s3_bucket.b` or `data.aws_iam_policy_document.p`.
    pub fn local_address(&self) -> String {
        match self.mode {
            Mode::Managed => format!("{}.{}", self.rtype, self.name),
            Mode::Data => format!("data.{}.{}", self.rtype, self.name),
        }
    }

    /// The file an argument or block of this resource was written in.
    pub fn file_of(&self, name: &str) -> FileId {
        self.overridden
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map_or(self.loc.file, |(_, f)| *f)
    }
}

/// A `module` block.
#[derive(Clone, Debug)]
pub struct ModuleCall {
    pub name: String,
    /// The `source` argument as written (evaluated only if it is a literal string).
    pub source: Option<String>,
    pub version: Option<String>,
    pub count: Option<Expr>,
    pub for_each: Option<Expr>,
    pub inputs: Vec<Attribute>,
    pub loc: Loc,
    pub overridden: Vec<(String, FileId)>,
}

impl ModuleCall {
    /// True for `./x` and `../x` sources, which are read from the local file system.
    pub fn is_local(&self) -> bool {
        self.source
            .as_deref()
            .is_some_and(|s| s.starts_with("./") || s.starts_with("../") || s == "." || s == "..")
    }
}

/// Everything tfgate needs from one module directory.
#[derive(Clone, Debug, Default)]
pub struct ModuleConfig {
    /// Directory as discovered (display form, relative to the working directory).
    pub dir: PathBuf,
    pub files: Vec<FileId>,
    pub variables: Vec<Variable>,
    pub locals: Vec<Local>,
    pub outputs: Vec<Output>,
    pub resources: Vec<Resource>,
    pub calls: Vec<ModuleCall>,
    /// Ephemeral resources (`ephemeral "TYPE" "NAME"`, Terraform 1.10+) by type and name, and
    /// whether `count` or `for_each` expands them: their values exist only while Terraform
    /// runs, so references to them are unknown.
    pub ephemeral: Vec<(String, String, bool)>,
    /// Variable values from `terraform.tfvars[.json]` and `*.auto.tfvars[.json]`, in the order
    /// Terraform applies them (each file's attributes, file by file).
    pub auto_tfvars: Vec<(FileId, Vec<Attribute>)>,
    /// `provider` blocks (`rtype` is the provider's local name, `name` its literal `alias`
    /// or empty), evaluated for provider policies; override files do not reach them.
    pub providers: Vec<Resource>,
    /// The entries of `terraform { required_providers { ... } }`, as written.
    pub required_providers: Vec<Attribute>,
    /// Version constraints on providers, by local name (`aws`): each `required_providers`
    /// entry's `version` and each `provider` block's legacy `version` argument, as written.
    /// Fixes that add a resource type consult them (`fix::provider`).
    pub provider_versions: Vec<(String, String)>,
}

/// A parsed configuration file of a module.
pub struct ParsedFile {
    pub id: FileId,
    pub is_override: bool,
    pub body: Body,
}

const META_ARGS: &[&str] = &["count", "for_each", "provider", "depends_on"];
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// The `version` of a `required_providers` entry: `aws = "~> 5.0"` (before Terraform 0.13)
/// or `aws = { source = ..., version = "~> 5.0" }`, when written as a literal string.
fn required_version(expr: &Expr) -> Option<String> {
    match &expr.kind {
        ExprKind::String(v) => Some(v.to_string()),
        ExprKind::Object(items) => items.iter().find_map(|(key, value)| {
            let name = match key {
                ObjectKey::Ident(n) => Some(n.as_ref()),
                ObjectKey::Expr(Expr {
                    kind: ExprKind::String(n),
                    ..
                }) => Some(n.as_ref()),
                ObjectKey::Expr(_) => None,
            };
            match (name, &value.kind) {
                (Some("version"), ExprKind::String(v)) => Some(v.to_string()),
                _ => None,
            }
        }),
        _ => None,
    }
}

impl ModuleConfig {
    /// The version constraints written for provider `name` in this module, joined with `,`
    /// as Terraform combines them; `None` when the module states none.
    pub fn provider_version(&self, name: &str) -> Option<String> {
        let all: Vec<&str> = self
            .provider_versions
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        (!all.is_empty()).then(|| all.join(", "))
    }

    /// Builds a module from its parsed files (primary files first, then overrides, each group
    /// in lexical order, as Terraform merges them).
    pub fn build(dir: PathBuf, mut files: Vec<ParsedFile>) -> (ModuleConfig, Vec<Diagnostic>) {
        files.sort_by_key(|f| (f.is_override, f.id));
        let mut module = ModuleConfig {
            dir,
            files: files.iter().map(|f| f.id).collect(),
            ..ModuleConfig::default()
        };
        let mut diags = Vec::new();
        for file in files {
            let id = file.id;
            for block in file.body.blocks {
                if file.is_override {
                    module.apply_override(block, id, &mut diags);
                } else {
                    module.add_block(block, id, &mut diags);
                }
            }
        }
        (module, diags)
    }

    fn add_block(&mut self, block: Block, file: FileId, diags: &mut Vec<Diagnostic>) {
        let loc = Loc {
            file,
            span: block.span,
        };
        match (block.kind.as_str(), block.labels.as_slice()) {
            ("variable", [name]) => {
                let name = name.clone();
                let mut attributes = block.body.attributes;
                let nullable = attributes
                    .iter()
                    .find(|a| a.name == "nullable")
                    .is_none_or(|a| !matches!(a.expr.kind, ExprKind::Bool(false)));
                let sensitive = is_true(&attributes, "sensitive");
                self.variables.push(Variable {
                    name,
                    type_expr: take_attribute(&mut attributes, "type"),
                    default: take_attribute(&mut attributes, "default"),
                    nullable,
                    sensitive,
                    loc,
                });
            }
            ("locals", []) => self.locals.extend(
                block
                    .body
                    .attributes
                    .into_iter()
                    .map(|attr| Local { attr, file }),
            ),
            ("output", [name]) => {
                let name = name.clone();
                let mut attributes = block.body.attributes;
                let sensitive = is_true(&attributes, "sensitive");
                if let Some(expr) = take_attribute(&mut attributes, "value") {
                    self.outputs.push(Output {
                        name,
                        expr,
                        sensitive,
                        loc,
                    });
                }
            }
            ("resource" | "data", [rtype, name]) => {
                let mode = if block.kind == "data" {
                    Mode::Data
                } else {
                    Mode::Managed
                };
                let (rtype, name) = (rtype.clone(), name.clone());
                let mut body = block.body;
                let count = take_attribute(&mut body.attributes, "count");
                let for_each = take_attribute(&mut body.attributes, "for_each");
                body.attributes
                    .retain(|a| !META_ARGS.contains(&a.name.as_str()));
                body.blocks
                    .retain(|b| !META_BLOCKS.contains(&b.kind.as_str()));
                self.resources.push(Resource {
                    mode,
                    rtype,
                    name,
                    count,
                    for_each,
                    body,
                    loc,
                    overridden: Vec::new(),
                });
            }
            ("module", [name]) => self.calls.push(module_call(name, block.body, loc)),
            ("provider", [name]) => {
                let version = block.body.attributes.iter().find(|a| a.name == "version");
                if let Some(ExprKind::String(v)) = version.map(|a| &a.expr.kind) {
                    self.provider_versions.push((name.clone(), v.to_string()));
                }
                let mut body = block.body;
                let alias =
                    take_attribute(&mut body.attributes, "alias").and_then(|e| match e.kind {
                        ExprKind::String(s) => Some(s.to_string()),
                        _ => None,
                    });
                body.attributes
                    .retain(|a| !matches!(a.name.as_str(), "version" | "depends_on"));
                self.providers.push(Resource {
                    mode: Mode::Managed,
                    rtype: name.clone(),
                    name: alias.unwrap_or_default(),
                    count: None,
                    for_each: None,
                    body,
                    loc,
                    overridden: Vec::new(),
                });
            }
            ("terraform", []) => {
                for required in block.body.blocks_of("required_providers") {
                    for attr in &required.body.attributes {
                        if let Some(version) = required_version(&attr.expr) {
                            self.provider_versions.push((attr.name.clone(), version));
                        }
                    }
                    self.required_providers
                        .extend(required.body.attributes.iter().cloned());
                }
            }
            ("ephemeral", [rtype, name]) => {
                let expanded = block
                    .body
                    .attributes
                    .iter()
                    .any(|a| a.name == "count" || a.name == "for_each");
                self.ephemeral.push((rtype.clone(), name.clone(), expanded));
            }
            (
                "variable" | "output" | "resource" | "data" | "module" | "locals" | "ephemeral",
                _,
            ) => diags.push(Diagnostic::error(
                "invalid-block",
                format!(
                    "`{}` block has {}, which Terraform does not accept",
                    block.kind,
                    crate::base::plural::count(block.labels.len(), "label", "labels")
                ),
            )),
            // moved, import, removed, check and anything newer: not needed to evaluate
            // resources.
            _ => {}
        }
    }

    fn apply_override(&mut self, block: Block, file: FileId, diags: &mut Vec<Diagnostic>) {
        match (block.kind.as_str(), block.labels.as_slice()) {
            ("resource" | "data", [rtype, name]) => {
                let mode = if block.kind == "data" {
                    Mode::Data
                } else {
                    Mode::Managed
                };
                let Some(target) = self
                    .resources
                    .iter_mut()
                    .find(|r| r.mode == mode && &r.rtype == rtype && &r.name == name)
                else {
                    diags.push(missing_override_target(&block));
                    return;
                };
                for attr in block.body.attributes {
                    match attr.name.as_str() {
                        "count" => target.count = Some(attr.expr),
                        "for_each" => target.for_each = Some(attr.expr),
                        n if META_ARGS.contains(&n) => {}
                        _ => {
                            target.overridden.push((attr.name.clone(), file));
                            replace_attribute(&mut target.body, attr);
                        }
                    }
                }
                let mut blocks = block.body.blocks;
                blocks.retain(|b| !META_BLOCKS.contains(&b.kind.as_str()));
                for kind in replaced_block_kinds(&blocks) {
                    target.overridden.push((kind.clone(), file));
                    remove_blocks_of(&mut target.body, &kind);
                }
                target.body.blocks.extend(blocks);
            }
            ("module", [name]) => {
                let Some(target) = self.calls.iter_mut().find(|c| &c.name == name) else {
                    diags.push(missing_override_target(&block));
                    return;
                };
                let loc = target.loc;
                let over = module_call(name, block.body, loc);
                if over.source.is_some() {
                    target.source = over.source;
                }
                if over.version.is_some() {
                    target.version = over.version;
                }
                if over.count.is_some() {
                    target.count = over.count;
                }
                if over.for_each.is_some() {
                    target.for_each = over.for_each;
                }
                for attr in over.inputs {
                    target.overridden.push((attr.name.clone(), file));
                    target.inputs.retain(|a| a.name != attr.name);
                    target.inputs.push(attr);
                }
            }
            ("variable", [name]) => {
                let Some(target) = self.variables.iter_mut().find(|v| &v.name == name) else {
                    diags.push(missing_override_target(&block));
                    return;
                };
                if let Some(t) = block.body.attribute("type") {
                    target.type_expr = Some(t.expr.clone());
                }
                if let Some(d) = block.body.attribute("default") {
                    target.default = Some(d.expr.clone());
                }
            }
            ("output", [name]) => {
                let Some(target) = self.outputs.iter_mut().find(|o| &o.name == name) else {
                    diags.push(missing_override_target(&block));
                    return;
                };
                if let Some(v) = block.body.attribute("value") {
                    target.expr = v.expr.clone();
                    target.loc = Loc {
                        file,
                        span: block.span,
                    };
                }
            }
            ("locals", []) => {
                for attr in block.body.attributes {
                    match self.locals.iter_mut().find(|l| l.attr.name == attr.name) {
                        Some(local) => *local = Local { attr, file },
                        None => diags.push(Diagnostic::error(
                            "invalid-override",
                            format!(
                                "override file sets local.{} which no primary file defines",
                                attr.name
                            ),
                        )),
                    }
                }
            }
            _ => {}
        }
    }
}

/// Moves the first attribute of a name out of a body's attributes (the order of the others
/// is kept), for the arguments a block's meaning is built from.
/// True when `name` is written as the literal `true` (how `sensitive` is written; anything
/// else is not a valid Terraform value for it).
fn is_true(attributes: &[Attribute], name: &str) -> bool {
    attributes
        .iter()
        .any(|a| a.name == name && matches!(a.expr.kind, ExprKind::Bool(true)))
}

fn take_attribute(attributes: &mut Vec<Attribute>, name: &str) -> Option<Expr> {
    let at = attributes.iter().position(|a| a.name == name)?;
    Some(attributes.remove(at).expr)
}

fn missing_override_target(block: &Block) -> Diagnostic {
    Diagnostic::error(
        "invalid-override",
        format!(
            "override file has `{} {}` but no primary file defines it",
            block.kind,
            block
                .labels
                .iter()
                .map(|l| format!("\"{l}\""))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    )
}

/// The nested block types an override block replaces: its own blocks' types, and the target
/// type of each of its `dynamic` blocks.
fn replaced_block_kinds(blocks: &[Block]) -> Vec<String> {
    let mut kinds: Vec<String> = blocks
        .iter()
        .map(|b| match (b.kind.as_str(), b.labels.first()) {
            ("dynamic", Some(label)) => label.clone(),
            _ => b.kind.clone(),
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

fn remove_blocks_of(body: &mut Body, kind: &str) {
    body.blocks.retain(|b| {
        b.kind != kind && !(b.kind == "dynamic" && b.labels.first().is_some_and(|l| l == kind))
    });
}

fn replace_attribute(body: &mut Body, attr: Attribute) {
    match body.attributes.iter_mut().find(|a| a.name == attr.name) {
        Some(existing) => *existing = attr,
        None => body.attributes.push(attr),
    }
}

fn module_call(name: &str, body: Body, loc: Loc) -> ModuleCall {
    let literal = |key: &str| {
        body.attribute(key).and_then(|a| match &a.expr.kind {
            ExprKind::String(s) => Some(s.to_string()),
            _ => None,
        })
    };
    let source = literal("source");
    let version = literal("version");
    let count = body.attribute("count").map(|a| a.expr.clone());
    let for_each = body.attribute("for_each").map(|a| a.expr.clone());
    let inputs = body
        .attributes
        .into_iter()
        .filter(|a| {
            !matches!(
                a.name.as_str(),
                "source" | "version" | "count" | "for_each" | "providers" | "depends_on"
            )
        })
        .collect();
    ModuleCall {
        name: name.to_string(),
        source,
        version,
        count,
        for_each,
        inputs,
        loc,
        overridden: Vec::new(),
    }
}
