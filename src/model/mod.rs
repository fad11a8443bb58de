//! The resource model every rule stands on: evaluated resource instances with their
//! Terraform addresses, module call chains and source locations, from HCL or from a plan.

pub mod access;
pub mod value;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use crate::base::span::{Loc, Span};
use value::{Map, Object, Unknown, Value};

/// `managed` for `resource` blocks, `data` for data sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    Managed,
    Data,
}

/// The key of one instance of a resource or module call.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InstanceKey {
    /// No `count` or `for_each`.
    None,
    /// `count` index.
    Int(i64),
    /// `for_each` key.
    Str(String),
    /// `count`/`for_each` is not known before apply: this one instance stands for all of them.
    Unknown,
}

impl fmt::Display for InstanceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstanceKey::None => Ok(()),
            InstanceKey::Int(i) => write!(f, "[{i}]"),
            // Quoted as JSON; most keys need no escapes and are written as they are.
            InstanceKey::Str(s) if !s.chars().any(|c| c == '"' || c == '\\' || c < ' ') => {
                write!(f, "[\"{s}\"]")
            }
            InstanceKey::Str(s) => {
                write!(f, "[{}]", serde_json::Value::String(s.clone()))
            }
            InstanceKey::Unknown => f.write_str("[*]"),
        }
    }
}

/// One step of a module call chain: `module.name[key]`, called at `call`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ModuleFrame {
    pub name: String,
    pub key: InstanceKey,
    /// The `module` block in the caller.
    pub call: Option<Loc>,
    /// The `source` as written.
    pub source: String,
}

/// The module instance path of a resource: empty for the root module.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct ModulePath(pub Vec<ModuleFrame>);

impl ModulePath {
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub fn child(&self, frame: ModuleFrame) -> ModulePath {
        let mut frames = self.0.clone();
        frames.push(frame);
        ModulePath(frames)
    }
}

impl fmt::Display for ModulePath {
    /// `module.a["x"].module.b`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, frame) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "module.{}{}", frame.name, frame.key)?;
        }
        Ok(())
    }
}

/// An evaluated argument.
#[derive(Clone, Debug)]
pub struct EvalAttr {
    pub value: Value,
    /// Where `name = value` is written, when it is (not for plan-only values).
    pub loc: Option<Loc>,
    /// The span of the value expression alone.
    pub expr_span: Option<Span>,
    /// The expression is a constant written in place, so a fix can edit it directly.
    pub literal: bool,
}

/// An evaluated nested block (a `dynamic` block yields one per element).
#[derive(Clone, Debug)]
pub struct EvalBlock {
    pub kind: String,
    pub labels: Vec<String>,
    pub body: EvalBody,
    pub loc: Option<Loc>,
    /// Produced by a `dynamic` block.
    pub dynamic: bool,
    /// Produced by a `dynamic` block whose `for_each` is unknown: stands for any number.
    pub keys_unknown: bool,
}

/// Evaluated arguments and nested blocks.
#[derive(Clone, Debug, Default)]
pub struct EvalBody {
    pub attrs: AttrMap,
    pub blocks: Vec<EvalBlock>,
}

/// Evaluated arguments by name, in name order. A body has a handful of arguments: a sorted
/// vector holds them in a fraction of a B-tree's memory (its nodes have room for eleven),
/// which matters with tens of thousands of instances.
#[derive(Clone, Debug, Default)]
pub struct AttrMap(Vec<(String, EvalAttr)>);

type AttrEntry = (String, EvalAttr);

impl AttrMap {
    fn position(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(name))
    }

    pub fn with_capacity(n: usize) -> AttrMap {
        AttrMap(Vec::with_capacity(n))
    }

    pub fn get(&self, name: &str) -> Option<&EvalAttr> {
        self.position(name).ok().map(|i| &self.0[i].1)
    }

    /// Sets an argument; returns the value it replaces.
    pub fn insert(&mut self, name: String, attr: EvalAttr) -> Option<EvalAttr> {
        match self.position(&name) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, attr)),
            Err(i) => {
                self.0.insert(i, (name, attr));
                None
            }
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &EvalAttr)> {
        self.into_iter()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut EvalAttr)> {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn values(&self) -> impl Iterator<Item = &EvalAttr> {
        self.0.iter().map(|(_, v)| v)
    }

    /// The arguments, by value.
    pub fn into_iter_owned(self) -> impl Iterator<Item = (String, EvalAttr)> {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a AttrMap {
    type Item = (&'a String, &'a EvalAttr);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, AttrEntry>,
        fn(&'a AttrEntry) -> (&'a String, &'a EvalAttr),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, EvalAttr)> for AttrMap {
    /// Like collecting into a map: for a name given twice, the last value is kept.
    fn from_iter<I: IntoIterator<Item = (String, EvalAttr)>>(iter: I) -> AttrMap {
        let mut entries: Vec<AttrEntry> = iter.into_iter().collect();
        // A stable sort keeps equal names in order; the last of each run is kept.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<AttrEntry> = Vec::with_capacity(entries.len());
        for entry in entries {
            match out.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => out.push(entry),
            }
        }
        out.shrink_to_fit();
        AttrMap(out)
    }
}

impl EvalBody {
    pub fn attr(&self, name: &str) -> Option<&EvalAttr> {
        self.attrs.get(name)
    }

    pub fn blocks_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a EvalBlock> + 'a {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }

    /// The body as one object value: arguments as fields, nested blocks as lists of objects
    /// grouped by type. `origin` makes unset attributes read as unknown (computed).
    pub fn to_value(&self, origin: Option<&str>) -> Value {
        self.to_value_with(origin, false)
    }

    /// The body as other expressions see it through a reference: an argument set to `null`
    /// is unset, and the provider may compute it, so it reads as unknown too.
    pub fn to_reference_value(&self, origin: &str) -> Value {
        self.to_value_with(Some(origin), true)
    }

    /// [`EvalBody::to_value`] without origin, keeping only the fields named in `only` (the
    /// arguments and nested block types a reader will ask for): the same values for those.
    pub fn to_value_only(&self, only: &std::collections::BTreeSet<String>) -> Value {
        let mut fields: Map = self
            .attrs
            .iter()
            .filter(|(k, _)| only.contains(k.as_str()))
            .map(|(k, a)| (k.clone(), a.value.clone()))
            .collect();
        let mut grouped: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
        for block in self.blocks.iter().filter(|b| only.contains(&b.kind)) {
            grouped
                .entry(block.kind.as_str())
                .or_default()
                .push(block.body.to_value(None));
        }
        for (kind, list) in grouped {
            fields.insert(kind.to_string(), Value::list(list));
        }
        Value::object(fields)
    }

    fn to_value_with(&self, origin: Option<&str>, null_is_unset: bool) -> Value {
        // Through a reference, an argument set to a value unknown before apply keeps where it
        // comes from (`aws_s3_bucket.b.bucket` with `bucket = "logs-${var.env}"` is still
        // bucket `b`'s name), so linking follows it whatever attribute is used. A value that
        // already names its resource, and JSON whose structure rules read (encoded, or a
        // template of a JSON document), are kept.
        let json = |u: &Unknown| matches!(u, Unknown::Template { text, .. } if text.trim_start().starts_with(['{', '[']));
        let traced = |k: &str, v: &Value| match (v, origin) {
            (
                Value::Unknown(
                    u @ (Unknown::Text
                    | Unknown::Template { .. }
                    | Unknown::Other
                    | Unknown::Variable { .. }),
                ),
                Some(o),
            ) if null_is_unset && !json(u) => Value::Unknown(Unknown::Attribute {
                resource: Arc::from(o),
                path: Arc::from(k),
            }),
            _ => v.clone(),
        };
        let mut fields: Map = self
            .attrs
            .iter()
            .filter(|(_, a)| !(null_is_unset && a.value.is_null()))
            .map(|(k, a)| (k.clone(), traced(k, &a.value)))
            .collect();
        let mut grouped: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
        for block in &self.blocks {
            let list = grouped.entry(block.kind.as_str()).or_default();
            let child_origin = origin.map(|o| format!("{o}.{}[{}]", block.kind, list.len()));
            list.push(
                block
                    .body
                    .to_value_with(child_origin.as_deref(), null_is_unset),
            );
        }
        for (kind, list) in grouped {
            fields.insert(kind.to_string(), Value::list(list));
        }
        Value::Object(Arc::new(Object {
            fields,
            origin: origin.map(Arc::from),
        }))
    }
}

/// Where an instance came from.
#[derive(Clone, Debug)]
pub enum Origin {
    /// Evaluated from configuration.
    Config,
    /// Read from a plan file's `planned_values`/`resource_changes`.
    Plan(PlanChange),
}

/// What a plan says will happen to an instance.
#[derive(Clone, Debug, Default)]
pub struct PlanChange {
    /// `["create"]`, `["update"]`, `["delete", "create"]`, `["no-op"]`, ...
    pub actions: Vec<String>,
    /// The values before the change, when the resource exists.
    pub before: Option<Value>,
    /// Top-level attributes `after_unknown` marks that the plan's configuration does not
    /// write: left out of the instance, as evaluation leaves them out (only the provider sets
    /// them). Attaching the plan to its directory brings one back as unknown where the code
    /// writes it after all (a `dynamic` block, which the plan's configuration omits).
    pub unwritten: Vec<String>,
    /// Why Terraform plans this action (`action_reason`: `replace_because_tainted`, ...).
    pub action_reason: Option<String>,
    /// Paths of the values `after_sensitive` marks (`password`, `tags.secret`,
    /// `rule[0].key`): shown as `(sensitive)` wherever an instance's values are printed.
    pub sensitive: Vec<String>,
}

/// One resource instance (managed resource or data source).
#[derive(Clone, Debug)]
pub struct Instance {
    /// The root module (its directory) or plan file this instance was evaluated from: two
    /// roots may both have an `aws_s3_bucket.b`.
    pub root: Arc<str>,
    /// Full Terraform address: `module.a.aws_s3_bucket.b["k"]`.
    pub address: String,
    pub mode: Mode,
    pub rtype: String,
    pub name: String,
    pub key: InstanceKey,
    pub module: Arc<ModulePath>,
    /// The `resource` block.
    pub loc: Option<Loc>,
    pub body: EvalBody,
    pub origin: Origin,
}

impl Instance {
    /// The workspace's order: by root, then address. Instances of one root share the root's
    /// allocation, so comparing them skips comparing the root's text.
    pub fn workspace_order(a: &Instance, b: &Instance) -> std::cmp::Ordering {
        let root = if Arc::ptr_eq(&a.root, &b.root) {
            std::cmp::Ordering::Equal
        } else {
            a.root.cmp(&b.root)
        };
        root.then_with(|| a.address.cmp(&b.address))
    }

    /// The address without the module path: `aws_s3_bucket.b["k"]`.
    pub fn local_address(&self) -> String {
        let prefix = match self.mode {
            Mode::Managed => "",
            Mode::Data => "data.",
        };
        format!("{prefix}{}.{}{}", self.rtype, self.name, self.key)
    }

    /// The instance as an object value (attributes and nested blocks).
    pub fn value(&self) -> Value {
        self.body.to_value(Some(&self.address))
    }

    /// True when `count`/`for_each` could not be known and this instance stands for many.
    pub fn keys_unknown(&self) -> bool {
        self.key == InstanceKey::Unknown
    }
}

/// A module instance and what it was given, for `tfgate inspect` and module policies.
#[derive(Clone, Debug)]
pub struct ModuleInstance {
    /// The root module this instance was evaluated under.
    pub root: Arc<str>,
    pub path: ModulePath,
    /// The module directory (display form).
    pub dir: String,
    /// Input variables after defaults and conversion.
    pub inputs: BTreeMap<String, Value>,
    /// The `provider` blocks written in this module, evaluated in this instance.
    pub providers: Vec<ProviderConfig>,
}

/// An evaluated `provider` block, for provider policies.
#[derive(Clone, Debug)]
pub struct ProviderConfig {
    /// The local name: `aws`.
    pub name: String,
    /// `alias`, when the block sets one as a literal.
    pub alias: Option<String>,
    pub loc: Option<Loc>,
    pub body: EvalBody,
}

/// Counts of what could not be known, for the run summary.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct UnknownStats {
    /// Resources whose `count`/`for_each` was unknown (kept as one `[*]` instance each).
    pub unknown_expansions: usize,
    /// `dynamic` blocks whose `for_each` was unknown.
    pub unknown_dynamic_blocks: usize,
    /// Module calls whose `count`/`for_each` was unknown.
    pub unknown_module_expansions: usize,
    /// Leaf values in resource arguments that are known.
    pub known_values: usize,
    /// Leaf values in resource arguments that are unknown.
    pub unknown_values: usize,
    /// Module calls whose module is not downloaded (by file and offset of the `module`
    /// block: one call counts once however many instances or roots run it).
    #[serde(skip)]
    pub modules_not_downloaded: std::collections::BTreeSet<(u32, u32)>,
}

/// Everything evaluated in a run.
#[derive(Debug, Default)]
pub struct Workspace {
    pub instances: Vec<Instance>,
    pub modules: Vec<ModuleInstance>,
    /// What a plan deletes (actions exactly `["delete"]`), built from its `before` values:
    /// not among the instances (they will not exist), kept for policies that judge deletes.
    pub deleted: Vec<Instance>,
    pub stats: UnknownStats,
    /// The texts of sensitive values met (sensitive variables, what plans mark sensitive):
    /// never printed (`base::redact`).
    pub secrets: crate::base::redact::Secrets,
    /// Plan instances as they were before the plan (`before` of each change, deleted ones
    /// included), sorted like `instances`: rules judge them too, so that a finding can be
    /// told new (a weakening) or existing.
    pub before: Vec<Instance>,
    /// What changed outside Terraform since the last apply (a plan's `resource_drift`).
    pub drift: Vec<Drifted>,
    /// The plans read, in path order.
    pub plans: Vec<PlanInfo>,
}

/// One plan file's own facts (for the evidence record).
#[derive(Clone, Debug)]
pub struct PlanInfo {
    /// The plan file, as its instances' `root`.
    pub root: Arc<str>,
    pub format_version: String,
    pub terraform_version: Option<String>,
}

/// One resource changed outside Terraform: as the state recorded it and as it is now.
#[derive(Clone, Debug)]
pub struct Drifted {
    /// As Terraform recorded it (`before`).
    pub recorded: Instance,
    /// As it is now (`after`); `None` when it was deleted outside Terraform.
    pub refreshed: Option<Instance>,
}

impl Workspace {
    /// Contiguous ranges of the workspace's instances, one per root (instances sorted by
    /// root).
    pub fn root_ranges(&self) -> Vec<std::ops::Range<usize>> {
        let mut ranges = Vec::new();
        let mut start = 0;
        for (i, pair) in self.instances.windows(2).enumerate() {
            if pair[0].root != pair[1].root {
                ranges.push(start..i + 1);
                start = i + 1;
            }
        }
        if start < self.instances.len() {
            ranges.push(start..self.instances.len());
        }
        ranges
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// String keys are quoted as JSON strings, whether or not they need escapes.
    #[test]
    fn string_keys_are_json_quoted() {
        for key in [
            "plain",
            "with space",
            "q\"uote",
            "back\\slash",
            "tab\t",
            "nul\0",
            "é ü",
        ] {
            let expected = format!("[{}]", serde_json::Value::String(key.to_string()));
            assert_eq!(
                InstanceKey::Str(key.into()).to_string(),
                expected,
                "{key:?}"
            );
        }
        assert_eq!(InstanceKey::Int(3).to_string(), "[3]");
        assert_eq!(InstanceKey::None.to_string(), "");
    }
}
