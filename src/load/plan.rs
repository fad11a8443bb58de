//! Plan files: the JSON that `terraform show -json <planfile>` prints, read into the same
//! [`Instance`] model that evaluating configuration produces, so rules need not care which.
//!
//! A plan's `resource_changes` give each instance's values after apply (`after`) and a mask of
//! what only apply will know (`after_unknown`). `planned_values` adds instances that have no
//! change (data sources read while planning), or stands in for the changes when a plan has
//! none. What the plan deletes is counted, not kept: it will not exist.
//!
//! The values do not say what an unknown stands for; the `configuration` section does:
//! `bucket = aws_s3_bucket.b.id` is unknown in `after`, but its expression's `references`
//! name `aws_s3_bucket.b`. Such an unknown becomes [`Unknown::Attribute`] of the referenced
//! resource, as evaluating the configuration would make it, so linking a bucket to its
//! companions works on plans too. The configuration also gives each module call's `source`.
//!
//! Anything that is not a well-formed plan is an error naming the JSON path and its line,
//! never a silently empty plan.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::{self, Write as _};
use std::sync::Arc;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde_json::Value as Json;

use super::json_syntax::JsonKind;
use crate::base::redact::Secrets;
use crate::model::Mode;
use crate::model::value::{Map, Unknown, Value};
use crate::model::{
    Drifted, EvalAttr, EvalBody, Instance, InstanceKey, ModuleFrame, ModulePath, Origin, PlanChange,
};

type Obj = serde_json::Map<String, Json>;

/// A loaded plan.
#[derive(Debug)]
pub struct Plan {
    /// The instances that exist after apply, sorted by address. `root` is left empty for the
    /// caller to fill in.
    pub instances: Vec<Instance>,
    pub format_version: String,
    pub terraform_version: Option<String>,
    /// Changes whose actions are exactly `["delete"]` (deposed objects included): counted
    /// here, not kept as instances.
    pub deleted: usize,
    /// Texts of every value the plan marks sensitive: never printed.
    pub secrets: Secrets,
    /// The instances as they are before the plan applies, from each change's `before`
    /// (deleted ones included, created ones absent), sorted by address: what rules judge to
    /// tell a weakening from a finding that already held.
    pub before: Vec<Instance>,
    /// `resource_drift`: what changed outside Terraform since the last apply.
    pub drift: Vec<Drifted>,
    /// Those deletes (deposed objects aside), built from their `before` values, sorted by
    /// address: policies that judge deletes read them.
    pub deletions: Vec<Instance>,
}

/// Why a plan could not be loaded, and where: 1-based line and column (in characters).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
pub struct PlanError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// True when `text` is a plan: a JSON object with `format_version` and `planned_values` or
/// `resource_changes` (a `.tf.json` or `.tfvars.json` has neither). Reads only as far as
/// those keys and builds nothing, so large plans cost little; a plan that breaks off after
/// them still looks like one, so that loading it reports where it breaks.
pub fn looks_like_plan(text: &str) -> bool {
    let seen = Cell::new((false, false));
    let mut de = serde_json::Deserializer::from_str(strip_bom(text));
    // An error is expected here: the visitor stops reading as soon as it has its answer.
    let _ = serde::Deserializer::deserialize_map(&mut de, TopKeys(&seen));
    seen.get() == (true, true)
}

/// Records which of the keys that make a plan appear at the top level:
/// (`format_version`, `planned_values` or `resource_changes`).
struct TopKeys<'s>(&'s Cell<(bool, bool)>);

impl<'de> Visitor<'de> for TopKeys<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let (mut version, mut values) = self.0.get();
            match key.as_str() {
                "format_version" => version = true,
                "planned_values" | "resource_changes" => values = true,
                _ => {}
            }
            self.0.set((version, values));
            if version && values {
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

/// Loads a plan. Broken JSON, or JSON not shaped like a plan, is an error naming the JSON
/// path (`resource_changes[3].change`) and where in the text it is.
pub fn load_plan(text: &str) -> Result<Plan, PlanError> {
    let text = strip_bom(text);
    let doc: Json = serde_json::from_str(text).map_err(|e| json_error(text, &e))?;
    read_plan(&doc).map_err(|shape| shape.into_error(text))
}

/// Removes instance keys from an address: `module.a["x"].aws_s3_bucket.b[0]` becomes
/// `module.a.aws_s3_bucket.b`, which is how configuration names the block. Brackets and dots
/// inside quoted keys (`["a[0].b"]`) are part of the key.
pub fn strip_keys(address: &str) -> String {
    scan_keys(address)
        .filter(|&(_, _, in_key)| !in_key)
        .map(|(_, c, _)| c)
        .collect()
}

/// Each character of an address with its offset, and whether it belongs to an instance key
/// (brackets included).
fn scan_keys(address: &str) -> impl Iterator<Item = (usize, char, bool)> + '_ {
    let (mut depth, mut quoted, mut escaped) = (0usize, false, false);
    address.char_indices().map(move |(i, c)| {
        let in_key = depth > 0 || c == '[';
        if quoted {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                _ => {}
            }
        } else {
            match c {
                '"' if depth > 0 => quoted = true,
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        (i, c, in_key)
    })
}

/// Splits an address at the dots outside instance keys, with each part's offset.
fn split_address(address: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c, in_key) in scan_keys(address) {
        if c == '.' && !in_key {
            parts.push((start, &address[start..i]));
            start = i + 1;
        }
    }
    parts.push((start, &address[start..]));
    parts
}

/// `[0]` or `["key"]`; `None` when it is neither.
fn parse_key(bracketed: &str) -> Option<InstanceKey> {
    let inner = bracketed.strip_prefix('[')?.strip_suffix(']')?;
    if let Ok(n) = inner.parse::<i64>() {
        return Some(InstanceKey::Int(n));
    }
    let quoted = inner.strip_prefix('"')?.strip_suffix('"')?;
    // Terraform quotes keys much as JSON does; an escape JSON lacks is kept as written.
    Some(InstanceKey::Str(
        serde_json::from_str(inner).unwrap_or_else(|_| quoted.to_string()),
    ))
}

/// The module part of a resource address: `module.a["x"].module.b` of
/// `module.a["x"].module.b.aws_s3_bucket.c[0]`.
fn module_prefix(address: &str) -> &str {
    let mut end = 0;
    for pair in split_address(address).chunks(2) {
        let [(_, "module"), (start, step)] = pair else {
            break;
        };
        end = start + step.len();
    }
    &address[..end]
}

fn read_plan(doc: &Json) -> Result<Plan, Shape> {
    let root = doc
        .as_object()
        .ok_or_else(|| Shape::new("not a Terraform plan: the document is not a JSON object"))?;
    let format_version = opt(root, "format_version", as_str)?
        .ok_or_else(|| Shape::new("not a Terraform plan: it has no `format_version`"))?;
    // The major version changes only when the format does incompatibly: refuse those.
    if !matches!(format_version.split('.').next(), Some("0" | "1")) {
        return Err(Shape::new(format!(
            "plan format version {format_version} is not supported (tfgate reads 0.x and 1.x)"
        )))
        .at("format_version");
    }
    // An errored plan leaves out whatever failed to plan: checking the rest would pass
    // resources nobody looked at.
    if opt(root, "errored", as_bool)? == Some(true) {
        return Err(Shape::new(
            "the plan is incomplete: Terraform reported errors while planning; fix them and plan again",
        ))
        .at("errored");
    }
    if member(root, "planned_values").is_none() && member(root, "resource_changes").is_none() {
        return Err(Shape::new(
            "not a Terraform plan: it has neither `planned_values` nor `resource_changes` (write one with `terraform show -json <planfile>`)",
        ));
    }
    let config = match opt(root, "configuration", as_obj)? {
        Some(c) => Config::read(c).at("configuration")?,
        None => Config::default(),
    };
    let mut reader = Reader {
        config,
        modules: HashMap::new(),
        instances: BTreeMap::new(),
        gone: HashSet::new(),
        deleted: 0,
        before: Vec::new(),
        drift: Vec::new(),
        deletions: BTreeMap::new(),
    };
    let drift = opt(root, "resource_drift", as_arr)?.unwrap_or_default();
    for (i, d) in drift.iter().enumerate() {
        reader.drift(d).at(i).at("resource_drift")?;
    }
    let changes = opt(root, "resource_changes", as_arr)?.unwrap_or_default();
    for (i, change) in changes.iter().enumerate() {
        reader.change(change).at(i).at("resource_changes")?;
    }
    if let Some(planned) = opt(root, "planned_values", as_obj)?
        && let Some(module) = opt(planned, "root_module", as_obj).at("planned_values")?
    {
        reader
            .planned_module(module)
            .at("root_module")
            .at("planned_values")?;
    }
    let mut before = reader.before;
    before.sort_by(|a, b| a.address.cmp(&b.address));
    Ok(Plan {
        drift: reader.drift,
        before,
        instances: reader.instances.into_values().collect(),
        format_version: format_version.to_string(),
        terraform_version: opt(root, "terraform_version", as_str)?.map(String::from),
        deleted: reader.deleted,
        secrets: plan_secrets(root),
        deletions: reader.deletions.into_values().collect(),
    })
}

/// Every value the plan marks sensitive, wherever it appears: a change's `after`/`before`
/// under `after_sensitive`/`before_sensitive` (resource changes, drift, output changes), a
/// resource's `values` under `sensitive_values` (planned values, prior state), an output with
/// `"sensitive": true`, and the values of variables the configuration declares sensitive.
fn plan_secrets(root: &Obj) -> Secrets {
    let mut secrets = Secrets::default();
    find_marked(root, &mut secrets, 0);
    let declared = root
        .get("configuration")
        .and_then(|c| c.get("root_module"))
        .and_then(|m| m.get("variables"))
        .and_then(Json::as_object);
    let values = root.get("variables").and_then(Json::as_object);
    if let (Some(declared), Some(values)) = (declared, values) {
        for (name, decl) in declared {
            if decl.get("sensitive") == Some(&Json::Bool(true))
                && let Some(v) = values.get(name).and_then(|v| v.get("value"))
            {
                add_scalars(v, &TRUE, &mut secrets);
            }
        }
    }
    secrets
}

/// Pairs of (values, mask) members, and outputs marked sensitive, anywhere under `o`.
fn find_marked(o: &Obj, secrets: &mut Secrets, depth: usize) {
    // Deeper than any plan's own structure: what lies there is values, walked by masks.
    if depth > 64 {
        return;
    }
    for (values, mask) in [
        ("after", "after_sensitive"),
        ("before", "before_sensitive"),
        ("values", "sensitive_values"),
    ] {
        if let (Some(v), Some(m)) = (o.get(values), o.get(mask)) {
            add_scalars(v, m, secrets);
        }
    }
    if o.get("sensitive") == Some(&Json::Bool(true))
        && let Some(v) = o.get("value")
    {
        add_scalars(v, &TRUE, secrets);
    }
    for v in o.values() {
        match v {
            Json::Object(child) => find_marked(child, secrets, depth + 1),
            Json::Array(items) => {
                for item in items {
                    if let Json::Object(child) = item {
                        find_marked(child, secrets, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The paths a `*_sensitive` mask marks `true` (`password`, `tags.secret`, `rule[0].key`).
fn sensitive_paths(mask: &Json, path: &mut String, out: &mut Vec<String>) {
    match mask {
        Json::Bool(true) => out.push(path.clone()),
        Json::Object(fields) => {
            for (k, m) in fields {
                let len = path.len();
                if len > 0 {
                    path.push('.');
                }
                path.push_str(k);
                sensitive_paths(m, path, out);
                path.truncate(len);
            }
        }
        Json::Array(items) => {
            for (i, m) in items.iter().enumerate() {
                let len = path.len();
                let _ = write!(path, "[{i}]");
                sensitive_paths(m, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// The scalars of `value` that `mask` marks (`true` marks everything below it).
fn add_scalars(value: &Json, mask: &Json, secrets: &mut Secrets) {
    match (mask, value) {
        (Json::Bool(true), Json::String(s)) => secrets.add(s),
        (Json::Bool(true), Json::Number(n)) => secrets.add(&n.to_string()),
        (Json::Bool(true), Json::Array(items)) => {
            for item in items {
                add_scalars(item, mask, secrets);
            }
        }
        (Json::Bool(true), Json::Object(fields)) => {
            for v in fields.values() {
                add_scalars(v, mask, secrets);
            }
        }
        (Json::Object(m), Json::Object(fields)) => {
            for (k, v) in fields {
                if let Some(m) = m.get(k) {
                    add_scalars(v, m, secrets);
                }
            }
        }
        (Json::Array(m), Json::Array(items)) => {
            for (m, v) in m.iter().zip(items) {
                add_scalars(v, m, secrets);
            }
        }
        _ => {}
    }
}

/// Instances gathered from a plan.
struct Reader<'a> {
    config: Config<'a>,
    /// Module addresses parsed once for all their resources (which then share the path).
    modules: HashMap<&'a str, Arc<ModuleAt>>,
    instances: BTreeMap<String, Instance>,
    /// Addresses the plan deletes, which `planned_values` must not bring back.
    gone: HashSet<&'a str>,
    deleted: usize,
    /// Instances as they are before the plan (from each change's `before`).
    before: Vec<Instance>,
    drift: Vec<Drifted>,
    deletions: BTreeMap<String, Instance>,
}

/// What identifies a resource instance in `resource_changes` and `planned_values`.
struct Header<'a> {
    address: &'a str,
    mode: Mode,
    rtype: &'a str,
    name: &'a str,
    key: InstanceKey,
    module: Arc<ModuleAt>,
}

impl<'a> Reader<'a> {
    /// One element of `resource_changes`.
    fn change(&mut self, change: &'a Json) -> Result<(), Shape> {
        let rc = as_obj(change)?;
        let change = req(rc, "change", as_obj)?;
        let actions = req(change, "actions", as_arr)
            .and_then(|actions| {
                let each = actions.iter().enumerate();
                each.map(|(i, a)| as_str(a).map(String::from).at(i))
                    .collect::<Result<Vec<_>, _>>()
                    .at("actions")
            })
            .at("change")?;
        let deposed = opt(rc, "deposed", as_str)?.is_some();
        let after = opt(change, "after", as_obj).at("change")?;
        let before_obj = opt(change, "before", as_obj).at("change")?;
        let action_reason = opt(rc, "action_reason", as_str)?.map(String::from);
        let Some(header) = self.header(rc)? else {
            return Ok(());
        };
        // A deposed object is an old copy on its way out, whatever the current one does.
        let record = |before: Option<Value>| PlanChange {
            actions: actions.clone(),
            before,
            action_reason: action_reason.clone(),
            ..PlanChange::default()
        };
        if actions == ["delete"] {
            self.deleted += 1;
            if !deposed {
                self.gone.insert(header.address);
                if let Some(b) = before_obj {
                    let prior = self.instance(&header, Some(b), None, record(None));
                    self.before.push(prior);
                }
                let before = member(change, "before").map(Value::from_json);
                let inst = self.instance(&header, before_obj, None, record(before));
                self.deletions.insert(inst.address.clone(), inst);
            }
            return Ok(());
        }
        if deposed {
            return Ok(());
        }
        let before = member(change, "before").map(Value::from_json);
        let mut sensitive = Vec::new();
        if let Some(mask) = change.get("after_sensitive") {
            sensitive_paths(mask, &mut String::new(), &mut sensitive);
        }
        let record = |before| PlanChange {
            sensitive: sensitive.clone(),
            ..record(before)
        };
        let inst = self.instance(&header, after, change.get("after_unknown"), record(before));
        if let Some(b) = before_obj {
            let mut prior = self.instance(&header, Some(b), None, record(None));
            // What the after values leave out as only the provider's, the before values
            // leave out too: otherwise a computed `versioning` known before and unknown after
            // would read as a change.
            if let Origin::Plan(c) = &inst.origin {
                prior.body.attrs = std::mem::take(&mut prior.body.attrs)
                    .into_iter_owned()
                    .filter(|(k, _)| !c.unwritten.contains(k))
                    .collect();
            }
            self.before.push(prior);
        }
        self.instances.insert(inst.address.clone(), inst);
        Ok(())
    }

    /// One element of `resource_drift`: the recorded state (`before`) and the refreshed one
    /// (`after`, null when the object was deleted outside Terraform).
    fn drift(&mut self, drift: &'a Json) -> Result<(), Shape> {
        let rc = as_obj(drift)?;
        let change = req(rc, "change", as_obj)?;
        let before = opt(change, "before", as_obj).at("change")?;
        let after = opt(change, "after", as_obj).at("change")?;
        if opt(rc, "deposed", as_str)?.is_some() {
            return Ok(());
        }
        let Some(header) = self.header(rc)? else {
            return Ok(());
        };
        let Some(before) = before else {
            return Ok(());
        };
        let record = || PlanChange {
            actions: vec!["drift".to_string()],
            ..PlanChange::default()
        };
        let recorded = self.instance(&header, Some(before), None, record());
        let refreshed = after.map(|a| self.instance(&header, Some(a), None, record()));
        self.drift.push(Drifted {
            recorded,
            refreshed,
        });
        Ok(())
    }

    /// A module of `planned_values`, with its child modules.
    fn planned_module(&mut self, module: &'a Obj) -> Result<(), Shape> {
        let resources = opt(module, "resources", as_arr)?.unwrap_or_default();
        for (i, r) in resources.iter().enumerate() {
            self.planned(r).at(i).at("resources")?;
        }
        let children = opt(module, "child_modules", as_arr)?.unwrap_or_default();
        for (i, child) in children.iter().enumerate() {
            as_obj(child)
                .and_then(|c| self.planned_module(c))
                .at(i)
                .at("child_modules")?;
        }
        Ok(())
    }

    /// A resource of `planned_values`: kept when no change describes it.
    fn planned(&mut self, resource: &'a Json) -> Result<(), Shape> {
        let r = as_obj(resource)?;
        let values = opt(r, "values", as_obj)?;
        let Some(header) = self.header(r)? else {
            return Ok(());
        };
        if self.instances.contains_key(header.address) || self.gone.contains(header.address) {
            return Ok(());
        }
        let inst = self.instance(&header, values, None, PlanChange::default());
        self.instances.insert(inst.address.clone(), inst);
        Ok(())
    }

    /// `None` for objects that are neither managed resources nor data sources: kinds added to
    /// the format later are nothing tfgate checks.
    fn header(&mut self, r: &'a Obj) -> Result<Option<Header<'a>>, Shape> {
        let address = req(r, "address", as_str)?;
        let mode = match req(r, "mode", as_str)? {
            "managed" => Mode::Managed,
            "data" => Mode::Data,
            _ => return Ok(None),
        };
        let key = match member(r, "index") {
            None => InstanceKey::None,
            Some(Json::String(s)) => InstanceKey::Str(s.clone()),
            Some(index) => InstanceKey::Int(
                index
                    .as_i64()
                    .ok_or_else(|| Shape::expected("an integer or a string"))
                    .at("index")?,
            ),
        };
        // `module_address` is left out in the root module, and `planned_values` never has it.
        let (module_address, field) = match opt(r, "module_address", as_str)? {
            Some(m) => (m, "module_address"),
            None => (module_prefix(address), "address"),
        };
        let module = match self.modules.get(module_address) {
            Some(m) => m.clone(),
            None => {
                let parsed = ModuleAt::parse(module_address, &self.config).ok_or_else(|| {
                    Shape::new(format!(
                        "`{module_address}` is not a module address such as module.a[\"x\"].module.b"
                    ))
                });
                let m = Arc::new(parsed.at(field)?);
                self.modules.insert(module_address, m.clone());
                m
            }
        };
        Ok(Some(Header {
            address,
            mode,
            rtype: req(r, "type", as_str)?,
            name: req(r, "name", as_str)?,
            key,
            module,
        }))
    }

    /// Builds an instance from its values and unknown mask.
    fn instance(
        &self,
        h: &Header<'a>,
        values: Option<&'a Obj>,
        mask: Option<&'a Json>,
        mut change: PlanChange,
    ) -> Instance {
        let data = if h.mode == Mode::Data { "data." } else { "" };
        let local = format!("{data}{}.{}", h.rtype, h.name);
        let config_key = match h.module.calls.last() {
            Some(module) => format!("{module}.{local}"),
            None => local,
        };
        let conf = match self.config.resources.get(&config_key) {
            None => Conf::Computed,
            Some(None) => Conf::Unwritten,
            Some(Some(e)) => Conf::Block(e),
        };
        let mut build = Values {
            config: &self.config,
            module: &h.module,
            address: Arc::from(h.address),
            path: String::new(),
            unwritten: Vec::new(),
        };
        let attrs = match mask {
            // The whole object is unknown: so is every attribute it has.
            Some(Json::Bool(true)) => {
                let mut out = Map::new();
                for (k, v) in values.into_iter().flatten() {
                    build.member(&mut out, k, Some(v), Some(&TRUE), conf);
                }
                out
            }
            Some(Json::Object(m)) => build.object(values, Some(m), conf),
            _ => build.object(values, None, conf),
        };
        let attrs = attrs.into_iter().map(|(k, value)| {
            let attr = EvalAttr {
                value,
                loc: None,
                expr_span: None,
                literal: false,
            };
            (k, attr)
        });
        let attrs = attrs.collect();
        change.unwritten = std::mem::take(&mut build.unwritten);
        Instance {
            root: Arc::from(""),
            address: h.address.to_string(),
            mode: h.mode,
            rtype: h.rtype.to_string(),
            name: h.name.to_string(),
            key: h.key.clone(),
            module: h.module.path.clone(),
            loc: None,
            body: EvalBody {
                attrs,
                blocks: Vec::new(),
            },
            origin: Origin::Plan(change),
        }
    }
}

static TRUE: Json = Json::Bool(true);

/// A module instance (`module.a["x"].module.b`), parsed once for all its resources.
struct ModuleAt {
    path: Arc<ModulePath>,
    /// Each module instance on the way down: `module.a["x"]`, `module.a["x"].module.b`.
    addresses: Vec<String>,
    /// The same without instance keys, as configuration names them: `module.a.module.b`.
    calls: Vec<String>,
}

impl ModuleAt {
    /// `None` when `address` is not a module instance address (empty is the root module).
    fn parse(address: &str, config: &Config) -> Option<ModuleAt> {
        let mut at = ModuleAt {
            path: Arc::default(),
            addresses: Vec::new(),
            calls: Vec::new(),
        };
        if address.is_empty() {
            return Some(at);
        }
        let mut frames = Vec::new();
        for pair in split_address(address).chunks(2) {
            let [(_, "module"), (start, step)] = pair else {
                return None;
            };
            let (name, key) = match step.find('[') {
                Some(b) => (&step[..b], parse_key(&step[b..])?),
                None => (*step, InstanceKey::None),
            };
            if name.is_empty() {
                return None;
            }
            let call = match at.calls.last() {
                Some(parent) => format!("{parent}.module.{name}"),
                None => format!("module.{name}"),
            };
            let source = config.calls.get(&call).and_then(|c| {
                // `resolved_source` is what newer documentation calls the same field.
                c.get("source")
                    .or_else(|| c.get("resolved_source"))
                    .and_then(Json::as_str)
            });
            frames.push(ModuleFrame {
                name: name.to_string(),
                key,
                call: None,
                source: source.unwrap_or_default().to_string(),
            });
            at.addresses.push(address[..start + step.len()].to_string());
            at.calls.push(call);
        }
        at.path = Arc::new(ModulePath(frames));
        Some(at)
    }

    fn depth(&self) -> usize {
        self.calls.len()
    }

    /// What addresses of resources `depth` modules down start with: `module.a["x"].`.
    fn prefix(&self, depth: usize) -> String {
        match depth.checked_sub(1).and_then(|d| self.addresses.get(d)) {
            Some(address) => format!("{address}."),
            None => String::new(),
        }
    }
}

/// The `configuration` section, indexed.
#[derive(Default)]
struct Config<'a> {
    /// Each resource's `expressions`, by key-less address (`module.a.data.x.y`); `None` for
    /// a resource that writes no argument (the format then leaves `expressions` out).
    resources: HashMap<String, Option<&'a Obj>>,
    /// Each module call, by the key-less address of the module it makes (`module.a.module.b`).
    calls: HashMap<String, &'a Obj>,
}

/// Reference scopes that are not resources (`data` has its own arm).
const NOT_RESOURCES: &[&str] = &[
    "var",
    "local",
    "each",
    "count",
    "path",
    "module",
    "self",
    "terraform",
    "ephemeral",
    "data",
];

impl<'a> Config<'a> {
    fn read(configuration: &'a Obj) -> Result<Config<'a>, Shape> {
        let mut config = Config::default();
        if let Some(root) = opt(configuration, "root_module", as_obj)? {
            config.module(root, "").at("root_module")?;
        }
        Ok(config)
    }

    /// Indexes a module; `prefix` is its key-less address and a dot (empty for the root).
    fn module(&mut self, module: &'a Obj, prefix: &str) -> Result<(), Shape> {
        let resources = opt(module, "resources", as_arr)?.unwrap_or_default();
        for (i, r) in resources.iter().enumerate() {
            self.resource(r, prefix).at(i).at("resources")?;
        }
        for (name, call) in opt(module, "module_calls", as_obj)?.into_iter().flatten() {
            self.call(name, call, prefix)
                .at(name.as_str())
                .at("module_calls")?;
        }
        Ok(())
    }

    fn resource(&mut self, resource: &'a Json, prefix: &str) -> Result<(), Shape> {
        let r = as_obj(resource)?;
        let data = match req(r, "mode", as_str)? {
            "managed" => "",
            "data" => "data.",
            _ => return Ok(()),
        };
        let (rtype, name) = (req(r, "type", as_str)?, req(r, "name", as_str)?);
        let expressions = opt(r, "expressions", as_obj)?;
        let address = format!("{prefix}{data}{rtype}.{name}");
        self.resources.insert(address, expressions);
        Ok(())
    }

    fn call(&mut self, name: &str, call: &'a Json, prefix: &str) -> Result<(), Shape> {
        let call = as_obj(call)?;
        let address = format!("{prefix}module.{name}");
        if let Some(child) = opt(call, "module", as_obj)? {
            self.module(child, &format!("{address}.")).at("module")?;
        }
        self.calls.insert(address, call);
        Ok(())
    }

    /// What an unknown written as `expr` stands for, `depth` modules down `module`: the first
    /// resource attribute it references (`aws_s3_bucket.b.id`), looking through an input
    /// variable to what the calling module sets it to. `None` when no reference names one
    /// (`module.m.out` names an output, and outputs are not resources).
    fn identity(&self, expr: &Obj, module: &ModuleAt, depth: usize) -> Option<Unknown> {
        let refs: Vec<&str> = expr
            .get("references")?
            .as_array()?
            .iter()
            .filter_map(Json::as_str)
            .collect();
        for &r in &refs {
            let parts: Vec<&str> = split_address(r).into_iter().map(|(_, p)| p).collect();
            let split = match parts[..] {
                ["data", _, _, _, ..] => 3,
                [scope, _, _, ..] if !NOT_RESOURCES.contains(&scope) => 2,
                // Only the variable as a whole: `var.x.bucket` is part of whatever `x` is.
                ["var", var]
                    if depth > 0
                        && !var.contains('[')
                        && !refs.iter().any(|o| {
                            o.strip_prefix(r)
                                .is_some_and(|rest| rest.starts_with(['.', '[']))
                        }) =>
                {
                    let set = module
                        .calls
                        .get(depth - 1)
                        .and_then(|call| self.calls.get(call))
                        .and_then(|call| call.get("expressions"))
                        .and_then(|e| e.get(var))
                        .and_then(Json::as_object);
                    match set.and_then(|e| self.identity(e, module, depth - 1)) {
                        Some(found) => return Some(found),
                        None => continue,
                    }
                }
                _ => continue,
            };
            return Some(Unknown::Attribute {
                resource: format!("{}{}", module.prefix(depth), parts[..split].join(".")).into(),
                path: parts[split..].join(".").into(),
            });
        }
        None
    }
}

/// What the configuration says about one position in a resource's values.
#[derive(Clone, Copy)]
enum Conf<'a> {
    /// Nothing, because the plan has no configuration for the resource: an unknown here is
    /// the resource's own attribute, whether written or not.
    Computed,
    /// The configuration is known and does not write this: only the provider sets it. An
    /// unknown here is left out, as evaluating the configuration leaves it out, so that a
    /// computed `website` or `logging` is neither present nor undecided.
    Unwritten,
    /// A block's arguments and nested blocks.
    Block(&'a Obj),
    /// Nested blocks of one type.
    Blocks(&'a [Json]),
    /// An argument's expression.
    Expr(&'a Obj),
    /// Inside an argument's value, or in blocks that cannot be paired with their
    /// configuration: an unknown here comes from configuration, from no reference known.
    Derived,
}

impl<'a> Conf<'a> {
    fn of(config: Option<&'a Json>) -> Conf<'a> {
        match config {
            None | Some(Json::Null) => Conf::Unwritten,
            // An expression has `references` or `constant_value`, or neither when it is not
            // constant yet refers to nothing (`timestamp()`).
            Some(Json::Object(o))
                if o.is_empty()
                    || o.contains_key("references")
                    || o.contains_key("constant_value") =>
            {
                Conf::Expr(o)
            }
            Some(Json::Object(o)) => Conf::Block(o),
            Some(Json::Array(blocks)) => Conf::Blocks(blocks),
            Some(_) => Conf::Derived,
        }
    }

    /// The configuration of member `key` of an object here.
    fn member(self, key: &str) -> Conf<'a> {
        match self {
            Conf::Computed => Conf::Computed,
            Conf::Unwritten => Conf::Unwritten,
            Conf::Block(b) => Conf::of(b.get(key)),
            Conf::Blocks([one]) => Conf::of(Some(one)).member(key),
            Conf::Blocks(_) | Conf::Expr(_) | Conf::Derived => Conf::Derived,
        }
    }

    /// The configuration of each element of a list of `n` here. Blocks pair with their
    /// configuration only one to one: sets are not in written order, and `dynamic` blocks
    /// are not in the configuration section at all.
    fn element(self, n: usize) -> Conf<'a> {
        match self {
            Conf::Computed => Conf::Computed,
            Conf::Unwritten => Conf::Unwritten,
            Conf::Blocks([one]) if n == 1 => Conf::of(Some(one)),
            Conf::Block(_) if n == 1 => self,
            _ => Conf::Derived,
        }
    }
}

/// Builds one instance's values from `after` (or planned `values`) and the unknown mask.
struct Values<'c, 'a> {
    config: &'c Config<'a>,
    module: &'c ModuleAt,
    address: Arc<str>,
    /// Where the value being built is: `rule[0].apply_server_side_encryption_by_default`.
    path: String,
    /// Top-level attributes left out as unknown and unwritten (`Conf::Unwritten`).
    unwritten: Vec<String>,
}

impl<'a> Values<'_, 'a> {
    fn object(&mut self, fields: Option<&Obj>, mask: Option<&Obj>, conf: Conf<'a>) -> Map {
        let mut out = Map::new();
        for (k, v) in fields.into_iter().flatten() {
            self.member(&mut out, k, Some(v), mask.and_then(|m| m.get(k)), conf);
        }
        for (k, m) in mask.into_iter().flatten() {
            if !fields.is_some_and(|f| f.contains_key(k)) {
                self.member(&mut out, k, None, Some(m), conf);
            }
        }
        out
    }

    fn member(
        &mut self,
        out: &mut Map,
        key: &str,
        value: Option<&Json>,
        mask: Option<&Json>,
        conf: Conf<'a>,
    ) {
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(key);
        if let Some(v) = self.merge(value, mask, conf.member(key)) {
            out.insert(key.to_string(), v);
        }
        self.path.truncate(len);
    }

    /// `value` with the unknowns `mask` marks; `None` when there is neither.
    fn merge(
        &mut self,
        value: Option<&Json>,
        mask: Option<&Json>,
        conf: Conf<'a>,
    ) -> Option<Value> {
        // `after` leaves unknowns out (or null), so a mask can mark what is not there.
        let absent = matches!(value, None | Some(Json::Null)) && mask.is_some_and(has_unknown);
        match (mask, value) {
            (Some(Json::Bool(true)), _) if matches!(conf, Conf::Unwritten) => {
                if !self.path.contains(['.', '[']) {
                    self.unwritten.push(self.path.clone());
                }
                None
            }
            (Some(Json::Bool(true)), _) => Some(Value::Unknown(self.unknown(conf))),
            (Some(Json::Object(m)), Some(Json::Object(f))) => {
                Some(Value::object(self.object(Some(f), Some(m), conf)))
            }
            (Some(Json::Object(m)), _) if absent => {
                Some(Value::object(self.object(None, Some(m), conf)))
            }
            (Some(Json::Array(m)), Some(Json::Array(items))) => Some(self.list(items, m, conf)),
            (Some(Json::Array(m)), _) if absent => Some(self.list(&[], m, conf)),
            _ => value.map(Value::from_json),
        }
    }

    fn list(&mut self, items: &[Json], mask: &[Json], conf: Conf<'a>) -> Value {
        // Elements only the mask has are unknown elements `after` left out.
        let extra = mask.get(items.len()..).unwrap_or_default();
        let n = if extra.iter().any(has_unknown) {
            mask.len()
        } else {
            items.len()
        };
        let conf = conf.element(n);
        let len = self.path.len();
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let _ = write!(self.path, "[{i}]");
            out.push(
                self.merge(items.get(i), mask.get(i), conf)
                    .unwrap_or(Value::Null),
            );
            self.path.truncate(len);
        }
        Value::list(out)
    }

    fn unknown(&self, conf: Conf<'a>) -> Unknown {
        match conf {
            Conf::Computed | Conf::Unwritten => Unknown::Attribute {
                resource: self.address.clone(),
                path: self.path.as_str().into(),
            },
            Conf::Expr(e) => self
                .config
                .identity(e, self.module, self.module.depth())
                .unwrap_or(Unknown::Other),
            Conf::Block(_) | Conf::Blocks(_) | Conf::Derived => Unknown::Other,
        }
    }
}

/// True when an `after_unknown` mask marks anything unknown.
fn has_unknown(mask: &Json) -> bool {
    match mask {
        Json::Bool(b) => *b,
        Json::Array(items) => items.iter().any(has_unknown),
        Json::Object(fields) => fields.values().any(has_unknown),
        _ => false,
    }
}

/// One step of a path into the document.
#[derive(Debug)]
enum Step {
    Key(String),
    Index(usize),
}

impl From<&str> for Step {
    fn from(key: &str) -> Step {
        Step::Key(key.to_string())
    }
}

impl From<usize> for Step {
    fn from(i: usize) -> Step {
        Step::Index(i)
    }
}

/// JSON that parses but is not a plan: what is wrong, and where.
#[derive(Debug)]
struct Shape {
    message: String,
    /// Innermost step first: each caller adds its own step as the error passes through, so
    /// nothing is spent on paths while all is well.
    path: Vec<Step>,
}

impl Shape {
    fn new(message: impl Into<String>) -> Shape {
        Shape {
            message: message.into(),
            path: Vec::new(),
        }
    }

    fn expected(what: &str) -> Shape {
        Shape::new(format!("expected {what}"))
    }

    fn into_error(mut self, text: &str) -> PlanError {
        self.path.reverse();
        let (line, column) = locate(text, &self.path);
        let mut place = String::new();
        for step in &self.path {
            match step {
                Step::Key(k) if place.is_empty() => place.push_str(k),
                Step::Key(k) => {
                    place.push('.');
                    place.push_str(k);
                }
                Step::Index(i) => {
                    let _ = write!(place, "[{i}]");
                }
            }
        }
        let message = match place.as_str() {
            "" => self.message,
            _ => format!("{place}: {}", self.message),
        };
        PlanError {
            message,
            line,
            column,
        }
    }
}

/// Adds the step an error happened under.
trait At {
    fn at<S: Into<Step>>(self, step: S) -> Self;
}

impl<T> At for Result<T, Shape> {
    fn at<S: Into<Step>>(self, step: S) -> Self {
        self.map_err(|mut shape| {
            shape.path.push(step.into());
            shape
        })
    }
}

fn as_obj(v: &Json) -> Result<&Obj, Shape> {
    v.as_object().ok_or_else(|| Shape::expected("an object"))
}

fn as_arr(v: &Json) -> Result<&[Json], Shape> {
    v.as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| Shape::expected("an array"))
}

fn as_str(v: &Json) -> Result<&str, Shape> {
    v.as_str().ok_or_else(|| Shape::expected("a string"))
}

fn as_bool(v: &Json) -> Result<bool, Shape> {
    v.as_bool().ok_or_else(|| Shape::expected("true or false"))
}

/// A member that is present and not null (the format writes absent things either way).
fn member<'a>(o: &'a Obj, key: &str) -> Option<&'a Json> {
    o.get(key).filter(|v| !v.is_null())
}

fn opt<'a, T>(
    o: &'a Obj,
    key: &str,
    read: impl FnOnce(&'a Json) -> Result<T, Shape>,
) -> Result<Option<T>, Shape> {
    member(o, key).map(read).transpose().at(key)
}

fn req<'a, T>(
    o: &'a Obj,
    key: &str,
    read: impl FnOnce(&'a Json) -> Result<T, Shape>,
) -> Result<T, Shape> {
    opt(o, key, read)?
        .ok_or_else(|| Shape::new("is missing"))
        .at(key)
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A syntax error, located in characters (serde_json counts columns in bytes).
fn json_error(text: &str, e: &serde_json::Error) -> PlanError {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let detail = full.strip_suffix(&position).unwrap_or(&full);
    let message = if e.is_eof() {
        format!("invalid JSON, the text ends too early (is the file truncated?): {detail}")
    } else {
        format!("invalid JSON: {detail}")
    };
    let line_start = match e.line() {
        0 | 1 => 0,
        n => text
            .match_indices('\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    let (line, column) = line_column(text, line_start + e.column().saturating_sub(1));
    PlanError {
        message,
        line,
        column,
    }
}

/// 1-based line and character column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// Where the value at `path` starts in `text` (which parsed as JSON), as line and column: as
/// far along the path as the text goes, so a missing member points at its object. The text
/// is parsed again with the span-keeping parser (`json_syntax`), only when there is an error
/// to place; a repeated key is found at its first occurrence.
fn locate(text: &str, path: &[Step]) -> (usize, usize) {
    let Ok(root) = super::json_syntax::parse_json(text) else {
        let first = text.len() - text.trim_start().len();
        return line_column(text, first);
    };
    let mut at = &root;
    for step in path {
        let next = match (step, &at.kind) {
            (Step::Key(key), JsonKind::Object(members)) => {
                members.iter().find(|(k, _, _)| k == key).map(|(_, _, v)| v)
            }
            (Step::Index(n), JsonKind::Array(items)) => items.get(*n),
            _ => None,
        };
        match next {
            Some(value) => at = value,
            None => break,
        }
    }
    line_column(text, at.span.start as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHILD_MODULES: &str = include_str!("../../testdata/plans/child-modules/plan.json");
    const PLANNED_ONLY: &str = include_str!("../../testdata/plans/planned-values-only/plan.json");
    const WITH_SOURCES: &str = include_str!("../../testdata/plans/with-sources/plan.json");
    const TERRAFORM_1_11: &str = include_str!("../../testdata/plans/terraform-1.11/plan.json");

    fn load(text: &str) -> Plan {
        load_plan(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn instance<'p>(plan: &'p Plan, address: &str) -> &'p Instance {
        let found = plan.instances.iter().find(|i| i.address == address);
        found.unwrap_or_else(|| panic!("no instance {address}"))
    }

    /// The value at `path` (`rule[0].apply_server_side_encryption_by_default[0].x`); attributes
    /// that are not there fail the test rather than reading as unknown.
    fn value(plan: &Plan, address: &str, path: &str) -> Value {
        let mut v = instance(plan, address).value();
        for step in path.split('.') {
            let (name, index) = match step.split_once('[') {
                Some((name, i)) => (name, i.trim_end_matches(']').parse::<usize>().ok()),
                None => (step, None),
            };
            let field = v.as_object().and_then(|o| o.fields.get(name)).cloned();
            v = field.unwrap_or_else(|| panic!("{address} has no {path}"));
            if let Some(i) = index {
                let element = v.as_seq().and_then(|s| s.get(i)).cloned();
                v = element.unwrap_or_else(|| panic!("{address} has no {path}"));
            }
        }
        v
    }

    fn attribute(resource: &str, path: &str) -> Value {
        Value::Unknown(Unknown::Attribute {
            resource: resource.into(),
            path: path.into(),
        })
    }

    fn actions(inst: &Instance) -> Vec<&str> {
        match &inst.origin {
            Origin::Plan(change) => change.actions.iter().map(String::as_str).collect(),
            Origin::Config => panic!("{} is not from a plan", inst.address),
        }
    }

    /// `(name, key, source)` of each module frame.
    fn frames(inst: &Instance) -> Vec<(&str, InstanceKey, &str)> {
        let frames = inst.module.0.iter();
        frames
            .map(|f| (f.name.as_str(), f.key.clone(), f.source.as_str()))
            .collect()
    }

    #[test]
    fn child_modules_fixture() {
        let plan = load(CHILD_MODULES);
        let addresses: Vec<&str> = plan.instances.iter().map(|i| i.address.as_str()).collect();
        assert_eq!(
            addresses,
            [
                "aws_s3_bucket.root",
                "aws_s3_bucket_public_access_block.root",
                "aws_security_group.web",
                "aws_security_group_rule.ingress[\"ssh\"]",
                "data.aws_caller_identity.current",
                "module.logs.aws_s3_bucket.this",
                "module.logs.aws_s3_bucket_logging.this",
                "module.logs.aws_s3_bucket_policy.this",
                "module.logs.aws_s3_bucket_server_side_encryption_configuration.this",
                "module.logs.aws_s3_bucket_versioning.this",
                "module.logs.data.aws_iam_policy_document.logs",
                "module.logs.module.kms.aws_kms_key.this[0]",
            ]
        );
        assert_eq!(plan.deleted, 1, "aws_instance.old");
        // What exists before the plan: the deleted instance and those updated or replaced
        // (each change with a `before`), never the created ones.
        let before: Vec<&str> = plan.before.iter().map(|i| i.address.as_str()).collect();
        assert!(before.contains(&"aws_instance.old"), "{before:?}");
        assert!(before.contains(&"aws_security_group.web"), "{before:?}");
        assert!(!before.contains(&"aws_s3_bucket.root"), "{before:?}");
        assert_eq!(plan.format_version, "1.2");
        assert_eq!(plan.terraform_version.as_deref(), Some("1.9.5"));

        let rule = instance(&plan, "aws_security_group_rule.ingress[\"ssh\"]");
        assert_eq!(
            (rule.rtype.as_str(), rule.name.as_str()),
            ("aws_security_group_rule", "ingress")
        );
        assert_eq!(rule.key, InstanceKey::Str("ssh".into()));
        assert_eq!(actions(rule), ["delete", "create"]);
        assert!(rule.module.is_root() && rule.loc.is_none() && rule.root.is_empty());
        // Known even though the configuration writes it as a reference.
        assert_eq!(
            value(&plan, &rule.address, "security_group_id"),
            Value::string("sg-0a1b2c3d4e5f60718")
        );
        assert_eq!(
            value(&plan, &rule.address, "cidr_blocks[0]"),
            Value::string("0.0.0.0/0")
        );

        let key = instance(&plan, "module.logs.module.kms.aws_kms_key.this[0]");
        assert_eq!(key.key, InstanceKey::Int(0));
        assert_eq!(
            frames(key),
            [
                ("logs", InstanceKey::None, "./modules/logs"),
                ("kms", InstanceKey::None, "terraform-aws-modules/kms/aws"),
            ]
        );
        assert_eq!(key.module.to_string(), "module.logs.module.kms");
        assert!(key.module.0.iter().all(|f| f.call.is_none()));
        // No configuration writes `policy`: the provider computes it, so it is left out, as
        // evaluating the configuration leaves it out.
        assert!(key.body.attrs.get("policy").is_none());
        assert!(
            matches!(&key.origin, Origin::Plan(c) if c.unwritten.contains(&"policy".to_string()))
        );
        // Sensitive values stay as they are: only human output redacts them.
        assert_eq!(
            value(&plan, &key.address, "description"),
            Value::string("Key for plan-logs-123456789012")
        );

        let group = instance(&plan, "aws_security_group.web");
        assert_eq!(actions(group), ["update"]);
        let Origin::Plan(change) = &group.origin else {
            panic!("not from a plan")
        };
        let before = change.before.as_ref().and_then(|b| b.get_attr("tags"));
        assert_eq!(before, Some(Value::object(Map::new())));
        assert_eq!(
            value(&plan, &group.address, "tags.Name"),
            Value::string("web")
        );

        let root = "aws_s3_bucket.root";
        assert_eq!(actions(instance(&plan, root)), ["create"]);
        let Origin::Plan(change) = &instance(&plan, root).origin else {
            panic!("not from a plan")
        };
        assert!(change.before.is_none());
        // Unknown and unwritten, whether `after` has it null or leaves it out: left out.
        let attrs = &instance(&plan, root).body.attrs;
        assert!(attrs.get("object_lock_enabled").is_none());
        assert!(attrs.get("versioning").is_none());
        for name in ["object_lock_enabled", "versioning"] {
            assert!(change.unwritten.iter().any(|n| n == name), "{name}");
        }
        assert_eq!(value(&plan, root, "tags.Team"), Value::string("platform"));

        let pab = "aws_s3_bucket_public_access_block.root";
        assert_eq!(
            value(&plan, pab, "bucket"),
            attribute("aws_s3_bucket.root", "id")
        );
        assert!(instance(&plan, pab).body.attrs.get("id").is_none());
        assert_eq!(value(&plan, pab, "ignore_public_acls"), Value::Bool(false));

        // Read while planning: only in planned_values, with no actions.
        let caller = instance(&plan, "data.aws_caller_identity.current");
        assert_eq!(caller.mode, Mode::Data);
        assert!(actions(caller).is_empty());
        assert_eq!(
            value(&plan, &caller.address, "account_id"),
            Value::string("123456789012")
        );

        let versioning = "module.logs.aws_s3_bucket_versioning.this";
        assert_eq!(
            value(&plan, versioning, "bucket"),
            attribute("module.logs.aws_s3_bucket.this", "id")
        );
        // Unwritten inside a written block: left out there too.
        let config = value(&plan, versioning, "versioning_configuration[0]");
        let config = config.as_object().expect("an object");
        assert!(!config.fields.contains_key("mfa_delete"));
        assert_eq!(
            value(&plan, versioning, "versioning_configuration[0].status"),
            Value::string("Enabled")
        );

        // Set from a module output, which names no resource.
        let sse = "module.logs.aws_s3_bucket_server_side_encryption_configuration.this";
        let default = "rule[0].apply_server_side_encryption_by_default[0]";
        assert_eq!(
            value(&plan, sse, &format!("{default}.kms_master_key_id")),
            Value::unknown()
        );
        assert_eq!(
            value(&plan, sse, &format!("{default}.sse_algorithm")),
            Value::string("aws:kms")
        );

        // Through `var.access_log_bucket` to what the root module sets it to.
        let logging = "module.logs.aws_s3_bucket_logging.this";
        assert_eq!(
            value(&plan, logging, "target_bucket"),
            attribute("aws_s3_bucket.root", "id")
        );
        assert_eq!(
            value(&plan, logging, "bucket"),
            attribute("module.logs.aws_s3_bucket.this", "id")
        );

        let policy = "module.logs.aws_s3_bucket_policy.this";
        assert_eq!(
            value(&plan, policy, "policy"),
            attribute("module.logs.data.aws_iam_policy_document.logs", "json")
        );
        let document = instance(&plan, "module.logs.data.aws_iam_policy_document.logs");
        assert_eq!(actions(document), ["read"]);
        assert_eq!(
            value(&plan, &document.address, "statement[0].resources"),
            Value::list(vec![Value::unknown(), Value::unknown()])
        );
        assert_eq!(
            value(&plan, &document.address, "statement[0].actions[0]"),
            Value::string("s3:*")
        );
    }

    /// A plan written by Terraform itself (the other fixtures are written by hand to its
    /// documented format): every instance, count and for_each keys, a child module, values
    /// known at plan time and the unknown masks, which also cover parts of an object.
    #[test]
    fn a_plan_written_by_terraform_1_11_loads() {
        let plan = load(TERRAFORM_1_11);
        let addresses: Vec<&str> = plan.instances.iter().map(|i| i.address.as_str()).collect();
        assert_eq!(
            addresses,
            [
                "module.child.terraform_data.inner",
                "terraform_data.each[\"a\"]",
                "terraform_data.each[\"b\"]",
                "terraform_data.many[0]",
                "terraform_data.many[1]",
                "terraform_data.one",
            ]
        );
        assert!(plan.instances.iter().all(|i| actions(i) == ["create"]));
        assert_eq!(plan.deleted, 0);
        let inner = instance(&plan, "module.child.terraform_data.inner");
        assert_eq!(frames(inner), [("child", InstanceKey::None, "./mod")]);
        assert_eq!(
            value(&plan, &inner.address, "input"),
            Value::string("x-inner")
        );
        // `id` is computed and unwritten: left out.
        let one = instance(&plan, "terraform_data.one");
        assert!(one.body.attrs.get("id").is_none());
        assert_eq!(
            value(&plan, "terraform_data.one", "input.tags.env"),
            Value::string("dev")
        );
        let each = instance(&plan, "terraform_data.each[\"b\"]");
        assert_eq!(each.key, InstanceKey::Str("b".into()));
        assert_eq!(value(&plan, &each.address, "input.key"), Value::string("b"));
        assert!(value(&plan, &each.address, "input.ref").is_unknown());
        assert_eq!(
            value(&plan, "terraform_data.many[1]", "input"),
            Value::string("item-1")
        );
    }

    #[test]
    fn planned_values_only_fixture() {
        let plan = load(PLANNED_ONLY);
        let addresses: Vec<&str> = plan.instances.iter().map(|i| i.address.as_str()).collect();
        assert_eq!(
            addresses,
            [
                "aws_s3_bucket.assets",
                "data.aws_region.current",
                "module.app[\"api\"].aws_instance.this",
                "module.app[\"api\"].module.sg[0].aws_security_group.this",
                "module.app[\"web\"].aws_ebs_volume.data[\"logs.v1\"]",
                "module.app[\"web\"].aws_instance.this",
                "module.app[\"web\"].module.sg[0].aws_security_group.this",
            ]
        );
        assert_eq!(plan.deleted, 0);
        assert!(plan.instances.iter().all(|i| actions(i).is_empty()));

        let group = instance(
            &plan,
            "module.app[\"web\"].module.sg[0].aws_security_group.this",
        );
        assert_eq!(
            frames(group),
            [
                ("app", InstanceKey::Str("web".into()), ""),
                ("sg", InstanceKey::Int(0), "")
            ]
        );
        assert_eq!(group.key, InstanceKey::None);
        assert_eq!(
            value(&plan, &group.address, "ingress[0].cidr_blocks[0]"),
            Value::string("0.0.0.0/0")
        );

        let volume = instance(
            &plan,
            "module.app[\"web\"].aws_ebs_volume.data[\"logs.v1\"]",
        );
        assert_eq!(volume.key, InstanceKey::Str("logs.v1".into()));
        assert_eq!(
            frames(volume),
            [("app", InstanceKey::Str("web".into()), "")]
        );
        assert_eq!(
            (volume.rtype.as_str(), volume.name.as_str()),
            ("aws_ebs_volume", "data")
        );

        // planned_values has no unknown mask: what it leaves out stays out, null stays null.
        let bucket = instance(&plan, "aws_s3_bucket.assets");
        assert!(bucket.body.attr("arn").is_none() && bucket.body.attr("id").is_none());
        assert_eq!(value(&plan, &bucket.address, "tags"), Value::Null);
        assert_eq!(
            value(&plan, &bucket.address, "versioning[0].enabled"),
            Value::Bool(true)
        );
        let api = "module.app[\"api\"].aws_instance.this";
        assert_eq!(
            value(&plan, api, "root_block_device[0].encrypted"),
            Value::Bool(true)
        );
    }

    #[test]
    fn with_sources_fixture() {
        let plan = load(WITH_SOURCES);
        let addresses: Vec<&str> = plan.instances.iter().map(|i| i.address.as_str()).collect();
        assert_eq!(
            addresses,
            [
                "aws_s3_bucket.data",
                "aws_s3_bucket_public_access_block.data",
                "module.logs.aws_s3_bucket.this[0]",
                "module.logs.aws_s3_bucket_versioning.this[0]",
            ]
        );
        let stripped: Vec<String> = addresses.iter().map(|a| strip_keys(a)).collect();
        assert_eq!(stripped[3], "module.logs.aws_s3_bucket_versioning.this");
        let versioning = "module.logs.aws_s3_bucket_versioning.this[0]";
        assert_eq!(
            frames(instance(&plan, versioning)),
            [("logs", InstanceKey::None, "./modules/logs")]
        );
        // `aws_s3_bucket.this[0].id`: the key is part of the address it points at.
        assert_eq!(
            value(&plan, versioning, "bucket"),
            attribute("module.logs.aws_s3_bucket.this[0]", "id")
        );
        let pab = "aws_s3_bucket_public_access_block.data";
        assert_eq!(
            value(&plan, pab, "bucket"),
            attribute("aws_s3_bucket.data", "id")
        );
    }

    #[test]
    fn changes_win_over_planned_values_and_deleted_stay_deleted() {
        let text = r#"{
          "format_version": "1.2",
          "planned_values": {"root_module": {"resources": [
            {"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "name": "a", "values": {"bucket": "planned"}},
            {"address": "aws_s3_bucket.gone", "mode": "managed", "type": "aws_s3_bucket", "name": "gone", "values": {}},
            {"address": "aws_s3_bucket.only", "mode": "managed", "type": "aws_s3_bucket", "name": "only", "values": {"bucket": "only"}},
            {"address": "x.y", "mode": "list", "type": "x", "name": "y", "values": {}}
          ]}},
          "resource_changes": [
            {"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "name": "a",
             "change": {"actions": ["no-op"], "before": {"bucket": "changed"}, "after": {"bucket": "changed"}, "after_unknown": {}}},
            {"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "name": "a", "deposed": "00000001",
             "change": {"actions": ["delete"], "before": {"bucket": "old"}, "after": null}},
            {"address": "aws_s3_bucket.gone", "mode": "managed", "type": "aws_s3_bucket", "name": "gone",
             "change": {"actions": ["delete"], "before": {}, "after": null}},
            {"address": "aws_s3_bucket.forgotten", "mode": "managed", "type": "aws_s3_bucket", "name": "forgotten", "deposed": "00000002",
             "change": {"actions": ["forget"], "before": {}, "after": null}}
          ]
        }"#;
        let plan = load(text);
        let addresses: Vec<&str> = plan.instances.iter().map(|i| i.address.as_str()).collect();
        assert_eq!(addresses, ["aws_s3_bucket.a", "aws_s3_bucket.only"]);
        assert_eq!(plan.deleted, 2);
        assert_eq!(
            value(&plan, "aws_s3_bucket.a", "bucket"),
            Value::string("changed")
        );
        assert_eq!(actions(instance(&plan, "aws_s3_bucket.a")), ["no-op"]);
    }

    #[test]
    fn unknown_masks() {
        let change = |after: &str, mask: &str| {
            format!(
                r#"{{"format_version": "1.0", "resource_changes": [{{"address": "t.r", "mode": "managed", "type": "t", "name": "r",
                "change": {{"actions": ["create"], "after": {after}, "after_unknown": {mask}}}}}]}}"#
            )
        };
        let attrs = |after: &str, mask: &str| -> Vec<(String, Value)> {
            let plan = load(&change(after, mask));
            let body = &instance(&plan, "t.r").body;
            body.attrs
                .iter()
                .map(|(k, a)| (k.clone(), a.value.clone()))
                .collect()
        };
        let me = |path: &str| attribute("t.r", path);
        let pair = |k: &str, v: Value| (k.to_string(), v);
        // The whole object unknown: every attribute it has.
        assert_eq!(attrs(r#"{"a": 1}"#, "true"), [pair("a", me("a"))]);
        assert_eq!(attrs("null", "true"), []);
        // Masks that mark nothing change nothing.
        assert_eq!(
            attrs(
                r#"{"a": [1], "b": {}}"#,
                r#"{"a": [false], "b": {}, "c": {}}"#
            ),
            [
                pair("a", Value::list(vec![Value::Number(1.0)])),
                pair("b", Value::object(Map::new())),
            ]
        );
        // Unknown elements after the known ones, and inside values `after` leaves out.
        assert_eq!(
            attrs(
                r#"{"a": ["x"]}"#,
                r#"{"a": [false, true], "b": [{"c": true}]}"#
            ),
            [
                pair("a", Value::list(vec![Value::string("x"), me("a[1]")])),
                pair(
                    "b",
                    Value::list(vec![Value::object(Map::from([(
                        "c".to_string(),
                        me("b[0].c")
                    )]))])
                ),
            ]
        );
        // A mask of the wrong shape for the value is no reason to fail.
        assert_eq!(
            attrs(r#"{"a": "x"}"#, r#"{"a": [true]}"#),
            [pair("a", Value::string("x"))]
        );
    }

    #[test]
    fn unknowns_the_configuration_does_not_write_are_left_out() {
        // `website` and `acl` only in `after_unknown`, `bucket` written, `tags` written as a
        // block whose `extra` is unwritten; `t.bare` writes nothing (no `expressions`);
        // `t.none` is not in the configuration at all, so nothing says what is written.
        let plan = load(
            r#"{"format_version": "1.2",
            "resource_changes": [
              {"address": "t.r", "mode": "managed", "type": "t", "name": "r",
               "change": {"actions": ["create"], "after": {"bucket": "b", "tags": [{"k": "v"}]},
                          "after_unknown": {"website": true, "acl": true, "bucket": false,
                                            "tags": [{"extra": true}]}}},
              {"address": "t.bare", "mode": "managed", "type": "t", "name": "bare",
               "change": {"actions": ["create"], "after": {}, "after_unknown": {"id": true}}},
              {"address": "t.none", "mode": "managed", "type": "t", "name": "none",
               "change": {"actions": ["create"], "after": {}, "after_unknown": {"id": true}}}],
            "configuration": {"root_module": {"resources": [
              {"address": "t.r", "mode": "managed", "type": "t", "name": "r",
               "expressions": {"bucket": {"constant_value": "b"}, "tags": [{"k": {"constant_value": "v"}}]}},
              {"address": "t.bare", "mode": "managed", "type": "t", "name": "bare"}]}}}"#,
        );
        let names = |address: &str| -> Vec<String> {
            instance(&plan, address)
                .body
                .attrs
                .iter()
                .map(|(k, _)| k.clone())
                .collect()
        };
        let unwritten = |address: &str| match &instance(&plan, address).origin {
            Origin::Plan(change) => change.unwritten.clone(),
            Origin::Config => panic!("a plan instance"),
        };
        assert_eq!(names("t.r"), ["bucket", "tags"]);
        assert_eq!(unwritten("t.r"), ["website", "acl"]);
        let tag = Value::object(Map::from([("k".to_string(), Value::string("v"))]));
        assert_eq!(value(&plan, "t.r", "tags"), Value::list(vec![tag]));
        assert_eq!(names("t.bare"), Vec::<String>::new());
        assert_eq!(unwritten("t.bare"), ["id"]);
        assert_eq!(names("t.none"), ["id"]);
        assert_eq!(value(&plan, "t.none", "id"), attribute("t.none", "id"));
    }

    #[test]
    fn reference_identity() {
        let config = r#"{"root_module": {
            "resources": [{"address": "t.r", "mode": "managed", "type": "t", "name": "r",
                           "expressions": {"v": {"references": ["aws_s3_bucket.b.id"]}}}],
            "module_calls": {"m": {"source": "./m",
              "expressions": {"in": {"references": ["aws_s3_bucket.b.arn", "aws_s3_bucket.b"]},
                              "obj": {"references": ["aws_s3_bucket.b.id", "aws_kms_key.k.arn"]}},
              "module": {"module_calls": {"n": {"source": "./n",
                "expressions": {"deep": {"references": ["var.in"]}}}}}}}}}"#;
        let config: Json = serde_json::from_str(config).unwrap_or_default();
        let Some(config) = config.as_object() else {
            panic!("not an object")
        };
        let config = Config::read(config).unwrap_or_else(|e| panic!("{e:?}"));
        let root = ModuleAt::parse("", &config).unwrap_or_else(|| panic!("root"));
        let m = ModuleAt::parse("module.m[\"k\"]", &config).unwrap_or_else(|| panic!("m"));
        let n =
            ModuleAt::parse("module.m[\"k\"].module.n[2]", &config).unwrap_or_else(|| panic!("n"));
        let unknown = |resource: &str, path: &str| {
            Some(Unknown::Attribute {
                resource: resource.into(),
                path: path.into(),
            })
        };
        let cases: &[(&ModuleAt, &[&str], Option<Unknown>)] = &[
            (
                &root,
                &["aws_s3_bucket.b.id", "aws_s3_bucket.b"],
                unknown("aws_s3_bucket.b", "id"),
            ),
            (
                &root,
                &["data.aws_iam_policy_document.d.json"],
                unknown("data.aws_iam_policy_document.d", "json"),
            ),
            (
                &root,
                &["aws_s3_bucket.b[0].id"],
                unknown("aws_s3_bucket.b[0]", "id"),
            ),
            (
                &root,
                &["aws_s3_bucket.b[\"a.b\"].versioning[0].enabled"],
                unknown("aws_s3_bucket.b[\"a.b\"]", "versioning[0].enabled"),
            ),
            // Scopes that are not resources are passed over for the next reference.
            (
                &root,
                &[
                    "local.x",
                    "each.value",
                    "count.index",
                    "path.module",
                    "aws_s3_bucket.b.id",
                ],
                unknown("aws_s3_bucket.b", "id"),
            ),
            (&root, &["module.kms.key_arn", "module.kms"], None),
            (
                &root,
                &["data.aws_caller_identity.current", "aws_s3_bucket.b"],
                None,
            ),
            (&root, &["var.in"], None),
            (
                &m,
                &["aws_s3_bucket.b.id"],
                unknown("module.m[\"k\"].aws_s3_bucket.b", "id"),
            ),
            (&m, &["var.in"], unknown("aws_s3_bucket.b", "arn")),
            (
                &m,
                &["var.missing", "aws_kms_key.k.arn"],
                unknown("module.m[\"k\"].aws_kms_key.k", "arn"),
            ),
            // Part of a variable is part of whatever the variable is: no telling which.
            (&m, &["var.obj.id", "var.obj"], None),
            (&n, &["var.deep"], unknown("aws_s3_bucket.b", "arn")),
        ];
        for (module, refs, expected) in cases {
            let expr = serde_json::json!({ "references": refs });
            let Some(expr) = expr.as_object() else {
                panic!("not an object")
            };
            assert_eq!(
                &config.identity(expr, module, module.depth()),
                expected,
                "{refs:?}"
            );
        }
        assert_eq!(n.path.to_string(), "module.m[\"k\"].module.n[2]");
        assert_eq!(
            n.path
                .0
                .iter()
                .map(|f| f.source.as_str())
                .collect::<Vec<_>>(),
            ["./m", "./n"]
        );
    }

    #[test]
    fn module_addresses() {
        let config = Config::default();
        type Frames<'f> = &'f [(&'f str, InstanceKey)];
        let cases: &[(&str, Option<Frames>)] = &[
            ("", Some(&[])),
            ("module.a", Some(&[("a", InstanceKey::None)])),
            (
                "module.a[\"x\"].module.b[0]",
                Some(&[
                    ("a", InstanceKey::Str("x".into())),
                    ("b", InstanceKey::Int(0)),
                ]),
            ),
            (
                "module.a[\"x.y[1]\"]",
                Some(&[("a", InstanceKey::Str("x.y[1]".into()))]),
            ),
            (
                "module.a[\"q\\\"]\"]",
                Some(&[("a", InstanceKey::Str("q\"]".into()))]),
            ),
            ("module.a[-1]", Some(&[("a", InstanceKey::Int(-1))])),
            ("module", None),
            ("module.a.b", None),
            ("aws_s3_bucket.b", None),
            ("module.a[x]", None),
            ("module.[0]", None),
        ];
        for (address, expected) in cases {
            let parsed = ModuleAt::parse(address, &config);
            let frames = parsed.map(|m| {
                let frames = m.path.0.iter();
                frames
                    .map(|f| (f.name.clone(), f.key.clone()))
                    .collect::<Vec<_>>()
            });
            let expected = expected.map(|e| {
                e.iter()
                    .map(|(n, k)| (n.to_string(), k.clone()))
                    .collect::<Vec<_>>()
            });
            assert_eq!(frames, expected, "{address}");
        }
        assert_eq!(
            module_prefix("module.a[\"x.y\"].module.b.aws_s3_bucket.c[0]"),
            "module.a[\"x.y\"].module.b"
        );
        assert_eq!(module_prefix("module.a.data.aws_region.r"), "module.a");
        assert_eq!(module_prefix("aws_s3_bucket.c"), "");
    }

    #[test]
    fn stripping_keys() {
        let cases = [
            ("aws_s3_bucket.b", "aws_s3_bucket.b"),
            ("aws_s3_bucket.b[0]", "aws_s3_bucket.b"),
            (
                "module.a[\"x\"].aws_s3_bucket.b[\"k\"]",
                "module.a.aws_s3_bucket.b",
            ),
            (
                "module.a[\"x\"].module.b[0].data.aws_region.r",
                "module.a.module.b.data.aws_region.r",
            ),
            (
                "module.a[\"a[0]\"].aws_s3_bucket.b",
                "module.a.aws_s3_bucket.b",
            ),
            (
                "module.a[\"]\"].aws_s3_bucket.b[\"[\"]",
                "module.a.aws_s3_bucket.b",
            ),
            ("module.a[\"q\\\"]\"].r.s", "module.a.r.s"),
            ("module.a[\"back\\\\\"].r.s[1]", "module.a.r.s"),
            ("aws_s3_bucket.b[\"ünï.cøde\"]", "aws_s3_bucket.b"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(strip_keys(input), expected, "{input}");
        }
    }

    #[test]
    fn malformed_plans_are_errors_at_their_place() {
        // Line 3 is where `rest` starts; each position is where the offending value starts.
        let plan = |rest: &str| format!("{{\n  \"format_version\": \"1.2\",\n{rest}\n}}");
        let r = r#"{"address": "a.b", "mode": "managed", "type": "a", "name": "b""#;
        let cases = [
            (
                String::new(),
                "1:1",
                "invalid JSON, the text ends too early",
            ),
            (
                r#"{"format_version": "1.2", "planned_values": "#.into(),
                "1:44",
                "invalid JSON, the text ends too early",
            ),
            (
                plan(r#"  "planned_values": {"root_module": }"#),
                "3:37",
                "invalid JSON: expected value",
            ),
            (
                r#"{"a": 1} trailing"#.into(),
                "1:10",
                "invalid JSON: trailing characters",
            ),
            (
                r#"{"é": 1, "b": nope}"#.into(),
                "1:16",
                "invalid JSON: expected ident",
            ),
            (
                "[1, 2]".into(),
                "1:1",
                "not a Terraform plan: the document is not a JSON object",
            ),
            (
                r#"{"planned_values": {}}"#.into(),
                "1:1",
                "not a Terraform plan: it has no `format_version`",
            ),
            (
                r#"{"format_version": "1.2"}"#.into(),
                "1:1",
                "not a Terraform plan: it has neither",
            ),
            (
                plan(r#"  "resource_changes": null"#),
                "1:1",
                "not a Terraform plan: it has neither",
            ),
            (
                r#"{"format_version": "2.0", "planned_values": {}}"#.into(),
                "1:20",
                "format_version: plan format version 2.0 is not supported",
            ),
            (
                plan(r#"  "errored": true, "planned_values": {}"#),
                "3:14",
                "errored: the plan is incomplete",
            ),
            (
                plan(r#"  "planned_values": []"#),
                "3:21",
                "planned_values: expected an object",
            ),
            (
                plan(r#"  "resource_changes": {}"#),
                "3:23",
                "resource_changes: expected an array",
            ),
            (
                plan(&format!(
                    "  \"planned_values\": {{\"root_module\": {{\"resources\": [{r}}}, {r}}}, {r}}},\n    7]}}}}"
                )),
                "4:5",
                "planned_values.root_module.resources[3]: expected an object",
            ),
            (
                plan(
                    "  \"planned_values\": {\"root_module\": {\"child_modules\": [{\"resources\": [\n    {\"mode\": \"managed\"}]}]}}",
                ),
                "4:5",
                "planned_values.root_module.child_modules[0].resources[0].address: is missing",
            ),
            (
                plan(
                    "  \"resource_changes\": [\n    {\"address\": 5, \"change\": {\"actions\": []}}]",
                ),
                "4:17",
                "resource_changes[0].address: expected a string",
            ),
            (
                plan(&format!(
                    "  \"resource_changes\": [{r},\n    \"change\": {{\"actions\": [\"create\", 7]}}}}]"
                )),
                "4:38",
                "resource_changes[0].change.actions[1]: expected a string",
            ),
            (
                plan(&format!("  \"resource_changes\": [{r}}}]")),
                "3:24",
                "resource_changes[0].change: is missing",
            ),
            (
                plan(&format!(
                    "  \"resource_changes\": [{r}, \"change\": {{\"actions\": []}},\n    \"index\": 1.5}}]"
                )),
                "4:14",
                "resource_changes[0].index: expected an integer or a string",
            ),
            (
                plan(&format!(
                    "  \"resource_changes\": [{r}, \"change\": {{\"actions\": []}},\n    \"module_address\": \"modul.x\"}}]"
                )),
                "4:23",
                "resource_changes[0].module_address: `modul.x` is not a module address",
            ),
            (
                plan(&format!(
                    "  \"resource_changes\": [{r},\n    \"change\": {{\"actions\": [], \"after\": 3}}}}]"
                )),
                "4:40",
                "resource_changes[0].change.after: expected an object",
            ),
            (
                plan(
                    "  \"planned_values\": {},\n  \"configuration\": {\"root_module\": {\"module_calls\": {\"logs\": {\"module\": {\"resources\": [\n    {\"mode\": 1}]}}}}}",
                ),
                "5:14",
                "configuration.root_module.module_calls.logs.module.resources[0].mode: expected a string",
            ),
        ];
        for (text, at, message) in &cases {
            let err = load_plan(text).expect_err(text);
            assert!(err.message.starts_with(message), "{text}\n  gave: {err}");
            assert_eq!(
                format!("{}:{}", err.line, err.column),
                *at,
                "{text}\n  gave: {err}"
            );
        }
    }

    #[test]
    fn truncated_or_mangled_plans_never_panic() {
        // Every prefix of a real plan is broken JSON, hence an error, never an empty plan.
        let end = CHILD_MODULES.trim_end().len();
        for cut in (0..end)
            .filter(|&i| CHILD_MODULES.is_char_boundary(i))
            .step_by(37)
        {
            let err = load_plan(&CHILD_MODULES[..cut]).expect_err("a truncated plan");
            assert!(err.line >= 1 && err.column >= 1, "cut at {cut}: {err}");
        }
        // Swapping value types throughout may give errors, but must not panic.
        for (from, to) in [
            ("{", "["),
            ("[", "{"),
            ("\"", "7"),
            ("true", "\"t\""),
            (": {", ": 1, \"x\": {"),
        ] {
            for (i, _) in CHILD_MODULES.match_indices(from).step_by(13) {
                let mangled = format!(
                    "{}{to}{}",
                    &CHILD_MODULES[..i],
                    &CHILD_MODULES[i + from.len()..]
                );
                let _ = load_plan(&mangled);
            }
        }
    }

    #[test]
    fn recognising_plans() {
        let cases = [
            (CHILD_MODULES, true),
            (PLANNED_ONLY, true),
            (&CHILD_MODULES[..CHILD_MODULES.len() / 2], true),
            (
                "\u{feff}{\"format_version\": \"1.2\", \"resource_changes\": []}",
                true,
            ),
            (
                "{\"resource_changes\": [], \"x\": {\"y\": [1, {\"z\": 2}]}, \"format_version\": \"1.0\"}",
                true,
            ),
            // A .tf.json configuration, a .tfvars.json, a state, and other JSON.
            (
                "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"x\"}}}, \"terraform\": {}}",
                false,
            ),
            (
                "{\"region\": \"eu-west-1\", \"format_version\": \"1.0\"}",
                false,
            ),
            (
                "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {}}}",
                false,
            ),
            (
                "{\"variables\": {\"format_version\": 1, \"planned_values\": 2}}",
                false,
            ),
            (
                "[{\"format_version\": \"1.2\", \"planned_values\": {}}]",
                false,
            ),
            ("not json", false),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(
                looks_like_plan(text),
                expected,
                "{}",
                &text[..text.len().min(80)]
            );
        }
    }
}
