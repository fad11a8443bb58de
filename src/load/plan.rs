//! Plan files: the JSON that `terraform show -json <planfile>` prints, loaded into the same
//! [`Instance`] model as evaluated configuration.
//!
//! Instances come from `resource_changes` (with `after` values and the `after_unknown`
//! mask), falling back to `planned_values` for anything not listed there. The
//! `configuration` section supplies what a plan's values lack: which resource a computed
//! attribute refers to (`bucket = aws_s3_bucket.b.id` is unknown in the plan, but its
//! expression's `references` name `aws_s3_bucket.b`), and each module call's `source`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::Value as Json;

use crate::eval::value::{Map, Unknown, Value};
use crate::load::module::Mode;
use crate::model::{
    EvalAttr, EvalBody, Instance, InstanceKey, ModuleFrame, ModulePath, Origin, PlanChange,
};

/// A loaded plan.
#[derive(Debug)]
pub struct Plan {
    pub instances: Vec<Instance>,
    pub format_version: String,
    pub terraform_version: Option<String>,
    /// Resources the plan deletes (not kept as instances: they will not exist).
    pub deleted: usize,
}

/// Why a plan could not be loaded, with the place in the file when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// True when the text is a plan: a JSON object with `format_version` and `planned_values`
/// or `resource_changes` (a `.tf.json` or `.tfvars.json` has neither).
pub fn looks_like_plan(text: &str) -> bool {
    match serde_json::from_str::<Json>(text) {
        Ok(Json::Object(o)) => {
            o.contains_key("format_version")
                && (o.contains_key("planned_values") || o.contains_key("resource_changes"))
        }
        _ => false,
    }
}

fn shape_error(message: String) -> PlanError {
    PlanError {
        message,
        line: 1,
        column: 1,
    }
}

/// Loads a plan.
pub fn load_plan(text: &str) -> Result<Plan, PlanError> {
    let doc: Json = serde_json::from_str(text).map_err(|e| PlanError {
        message: format!("invalid JSON: {e}"),
        line: e.line(),
        column: e.column(),
    })?;
    let Json::Object(root) = &doc else {
        return Err(shape_error(
            "not a Terraform plan: the document is not a JSON object".into(),
        ));
    };
    if !root.contains_key("planned_values") && !root.contains_key("resource_changes") {
        return Err(shape_error(
            "not a Terraform plan: it has neither `planned_values` nor `resource_changes` (write it with `terraform show -json <planfile>`)".into(),
        ));
    }
    let format_version = root
        .get("format_version")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string();
    let terraform_version = root
        .get("terraform_version")
        .and_then(Json::as_str)
        .map(String::from);
    let config = ConfigIndex::build(root.get("configuration"))?;

    let mut by_address: BTreeMap<String, Instance> = BTreeMap::new();
    let mut deleted = 0;
    if let Some(changes) = root.get("resource_changes") {
        let Json::Array(changes) = changes else {
            return Err(shape_error("resource_changes: expected an array".into()));
        };
        for (i, rc) in changes.iter().enumerate() {
            let path = format!("resource_changes[{i}]");
            let Json::Object(rc) = rc else {
                return Err(shape_error(format!("{path}: expected an object")));
            };
            let change = rc
                .get("change")
                .and_then(Json::as_object)
                .ok_or_else(|| shape_error(format!("{path}.change: expected an object")))?;
            let actions: Vec<String> = change
                .get("actions")
                .and_then(Json::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            if actions == ["delete"] {
                deleted += 1;
                continue;
            }
            let header = Header::read(rc, &path)?;
            let after = change.get("after").unwrap_or(&Json::Null);
            let unknown = change.get("after_unknown").unwrap_or(&Json::Null);
            let before = change
                .get("before")
                .filter(|b| !b.is_null())
                .map(Value::from_json);
            let inst = build_instance(
                &header,
                after,
                unknown,
                &config,
                Origin::Plan(PlanChange { actions, before }),
            );
            by_address.insert(inst.address.clone(), inst);
        }
    }
    if let Some(planned) = root.get("planned_values") {
        let Json::Object(planned) = planned else {
            return Err(shape_error("planned_values: expected an object".into()));
        };
        if let Some(module) = planned.get("root_module") {
            walk_planned(
                module,
                "planned_values.root_module",
                &config,
                &mut by_address,
            )?;
        }
    }
    Ok(Plan {
        instances: by_address.into_values().collect(),
        format_version,
        terraform_version,
        deleted,
    })
}

/// The identifying fields of a resource in a plan.
struct Header {
    address: String,
    module_address: String,
    mode: Mode,
    rtype: String,
    name: String,
    key: InstanceKey,
}

impl Header {
    fn read(obj: &serde_json::Map<String, Json>, path: &str) -> Result<Header, PlanError> {
        let field = |k: &str| {
            obj.get(k)
                .and_then(Json::as_str)
                .map(String::from)
                .ok_or_else(|| shape_error(format!("{path}.{k}: expected a string")))
        };
        let address = field("address")?;
        let mode = match obj.get("mode").and_then(Json::as_str) {
            Some("data") => Mode::Data,
            _ => Mode::Managed,
        };
        let key = match obj.get("index") {
            None | Some(Json::Null) => InstanceKey::None,
            Some(Json::Number(n)) => InstanceKey::Int(n.as_i64().unwrap_or(0)),
            Some(Json::String(s)) => InstanceKey::Str(s.clone()),
            Some(_) => {
                return Err(shape_error(format!(
                    "{path}.index: expected a number or a string"
                )));
            }
        };
        let module_address = obj
            .get("module_address")
            .and_then(Json::as_str)
            .map(String::from)
            .unwrap_or_else(|| module_prefix(&address));
        Ok(Header {
            address,
            module_address,
            mode,
            rtype: field("type")?,
            name: field("name")?,
            key,
        })
    }
}

/// `module.a.module.b` from `module.a.module.b.aws_s3_bucket.x[0]`.
fn module_prefix(address: &str) -> String {
    let parts = split_address(address);
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < parts.len() && parts[i] == "module" {
        out.push(format!("module.{}", parts[i + 1]));
        i += 2;
    }
    out.join(".")
}

/// Splits an address on dots outside brackets and quotes.
fn split_address(address: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0usize, false, 0usize);
    let bytes = address.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quoted => i += 1,
            b'"' => quoted = !quoted,
            b'[' if !quoted => depth += 1,
            b']' if !quoted => depth = depth.saturating_sub(1),
            b'.' if !quoted && depth == 0 => {
                parts.push(&address[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&address[start..]);
    parts
}

/// Removes instance keys: `module.a["x"].aws_s3_bucket.b[0]` becomes `module.a.aws_s3_bucket.b`.
pub fn strip_keys(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    let (mut depth, mut quoted) = (0usize, false);
    let mut chars = address.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted => {
                chars.next();
            }
            '"' if depth > 0 => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `module.a["x"].module.b[0]` as frames.
fn module_frames(module_address: &str, config: &ConfigIndex) -> ModulePath {
    if module_address.is_empty() {
        return ModulePath::default();
    }
    let parts = split_address(module_address);
    let mut frames = Vec::new();
    let mut call_path = Vec::new();
    let mut i = 0;
    while i + 1 < parts.len() {
        let seg = parts[i + 1];
        let (name, key) = match seg.find('[') {
            Some(b) => (&seg[..b], parse_key(&seg[b..])),
            None => (seg, InstanceKey::None),
        };
        call_path.push(name.to_string());
        frames.push(ModuleFrame {
            name: name.to_string(),
            key,
            call: None,
            source: config
                .sources
                .get(&call_path.join("."))
                .cloned()
                .unwrap_or_default(),
        });
        i += 2;
    }
    ModulePath(frames)
}

fn parse_key(bracketed: &str) -> InstanceKey {
    let inner = bracketed.trim_start_matches('[').trim_end_matches(']');
    if let Ok(n) = inner.parse::<i64>() {
        return InstanceKey::Int(n);
    }
    match serde_json::from_str::<String>(inner) {
        Ok(s) => InstanceKey::Str(s),
        Err(_) => InstanceKey::Str(inner.to_string()),
    }
}

/// Builds one instance from its values and unknown mask.
fn build_instance(
    h: &Header,
    values: &Json,
    unknown: &Json,
    config: &ConfigIndex,
    origin: Origin,
) -> Instance {
    let module = module_frames(&h.module_address, config);
    let origin_addr: Arc<str> = Arc::from(h.address.as_str());
    let mut body = EvalBody::default();
    let config_key = format!(
        "{}{}{}",
        if h.module_address.is_empty() {
            String::new()
        } else {
            format!("{}.", strip_keys(&h.module_address))
        },
        if h.mode == Mode::Data { "data." } else { "" },
        format_args!("{}.{}", h.rtype, h.name)
    );
    let refs = config.references.get(&config_key);
    if unknown == &Json::Bool(true) {
        // The whole object is unknown: keep the instance, with no known attributes.
    } else {
        let empty = serde_json::Map::new();
        let fields = values.as_object().unwrap_or(&empty);
        let mask = unknown.as_object().unwrap_or(&empty);
        let mut names: Vec<&String> = fields.keys().chain(mask.keys()).collect();
        names.sort();
        names.dedup();
        for name in names {
            let v = fields.get(name).unwrap_or(&Json::Null);
            let m = mask.get(name).unwrap_or(&Json::Null);
            let mut value = merge_unknown(v, m, &origin_addr, name);
            if let Value::Unknown(Unknown::Attribute { resource, .. }) = &value
                && **resource == *h.address
                && let Some(target) = refs.and_then(|r| r.get(name))
            {
                value = Value::Unknown(target.clone());
            }
            body.attrs.insert(
                name.clone(),
                EvalAttr {
                    value,
                    loc: None,
                    expr_span: None,
                    literal: false,
                },
            );
        }
    }
    Instance {
        root: Arc::from(""),
        address: h.address.clone(),
        mode: h.mode,
        rtype: h.rtype.clone(),
        name: h.name.clone(),
        key: h.key.clone(),
        module: Arc::new(module),
        loc: None,
        body,
        origin,
    }
}

/// A JSON value with the `after_unknown` mask applied: `true` in the mask marks an unknown.
fn merge_unknown(v: &Json, mask: &Json, resource: &Arc<str>, path: &str) -> Value {
    match mask {
        Json::Bool(true) => Value::Unknown(Unknown::Attribute {
            resource: resource.clone(),
            path: path.into(),
        }),
        Json::Object(m) => match v {
            Json::Object(fields) => {
                let mut out = Map::new();
                for (k, fv) in fields {
                    let fm = m.get(k).unwrap_or(&Json::Null);
                    out.insert(
                        k.clone(),
                        merge_unknown(fv, fm, resource, &format!("{path}.{k}")),
                    );
                }
                for (k, fm) in m {
                    if !fields.contains_key(k) && fm == &Json::Bool(true) {
                        out.insert(
                            k.clone(),
                            merge_unknown(&Json::Null, fm, resource, &format!("{path}.{k}")),
                        );
                    }
                }
                Value::object(out)
            }
            other => Value::from_json(other),
        },
        Json::Array(m) => match v {
            Json::Array(items) => {
                let mut out: Vec<Value> = items
                    .iter()
                    .enumerate()
                    .map(|(i, iv)| {
                        merge_unknown(
                            iv,
                            m.get(i).unwrap_or(&Json::Null),
                            resource,
                            &format!("{path}[{i}]"),
                        )
                    })
                    .collect();
                // Elements the plan adds but cannot know yet appear only in the mask.
                for (i, im) in m.iter().enumerate().skip(items.len()) {
                    out.push(merge_unknown(
                        &Json::Null,
                        im,
                        resource,
                        &format!("{path}[{i}]"),
                    ));
                }
                Value::list(out)
            }
            Json::Null => Value::list(
                m.iter()
                    .enumerate()
                    .map(|(i, im)| {
                        merge_unknown(&Json::Null, im, resource, &format!("{path}[{i}]"))
                    })
                    .collect(),
            ),
            other => Value::from_json(other),
        },
        _ => Value::from_json(v),
    }
}

/// Walks `planned_values` modules, adding instances not already known from
/// `resource_changes`.
fn walk_planned(
    module: &Json,
    path: &str,
    config: &ConfigIndex,
    out: &mut BTreeMap<String, Instance>,
) -> Result<(), PlanError> {
    let Json::Object(m) = module else {
        return Err(shape_error(format!("{path}: expected an object")));
    };
    if let Some(resources) = m.get("resources") {
        let Json::Array(resources) = resources else {
            return Err(shape_error(format!("{path}.resources: expected an array")));
        };
        for (i, r) in resources.iter().enumerate() {
            let rpath = format!("{path}.resources[{i}]");
            let Json::Object(r) = r else {
                return Err(shape_error(format!("{rpath}: expected an object")));
            };
            let header = Header::read(r, &rpath)?;
            if out.contains_key(&header.address) {
                continue;
            }
            let values = r.get("values").unwrap_or(&Json::Null);
            let inst = build_instance(
                &header,
                values,
                &Json::Null,
                config,
                Origin::Plan(PlanChange::default()),
            );
            out.insert(inst.address.clone(), inst);
        }
    }
    if let Some(children) = m.get("child_modules") {
        let Json::Array(children) = children else {
            return Err(shape_error(format!(
                "{path}.child_modules: expected an array"
            )));
        };
        for (i, child) in children.iter().enumerate() {
            walk_planned(child, &format!("{path}.child_modules[{i}]"), config, out)?;
        }
    }
    Ok(())
}

/// What the `configuration` section says: module call sources by call path (`a.b`), and for
/// each resource (by key-less address) which resource each argument refers to.
#[derive(Default)]
struct ConfigIndex {
    sources: HashMap<String, String>,
    references: HashMap<String, HashMap<String, Unknown>>,
}

impl ConfigIndex {
    fn build(configuration: Option<&Json>) -> Result<ConfigIndex, PlanError> {
        let mut index = ConfigIndex::default();
        let Some(configuration) = configuration else {
            return Ok(index);
        };
        let Json::Object(c) = configuration else {
            return Err(shape_error("configuration: expected an object".into()));
        };
        if let Some(root) = c.get("root_module") {
            index.walk(root, &[], 0);
        }
        Ok(index)
    }

    fn walk(&mut self, module: &Json, calls: &[String], depth: usize) {
        // Configuration is nested once per module call; a hostile plan cannot recurse us
        // deeper than Terraform would ever write.
        if depth > 64 {
            return;
        }
        let prefix: String = calls.iter().map(|c| format!("module.{c}.")).collect();
        for r in module
            .get("resources")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            let Some(address) = r.get("address").and_then(Json::as_str) else {
                continue;
            };
            let mut refs = HashMap::new();
            for (attr, expr) in r
                .get("expressions")
                .and_then(Json::as_object)
                .into_iter()
                .flatten()
            {
                if let Some(target) = first_resource_reference(expr, &prefix) {
                    refs.insert(attr.clone(), target);
                }
            }
            if !refs.is_empty() {
                self.references.insert(format!("{prefix}{address}"), refs);
            }
        }
        for (name, call) in module
            .get("module_calls")
            .and_then(Json::as_object)
            .into_iter()
            .flatten()
        {
            let mut path = calls.to_vec();
            path.push(name.clone());
            if let Some(source) = call.get("source").and_then(Json::as_str) {
                self.sources.insert(path.join("."), source.to_string());
            }
            if let Some(child) = call.get("module") {
                self.walk(child, &path, depth + 1);
            }
        }
    }
}

/// The first reference of an expression that names a resource attribute
/// (`aws_s3_bucket.b.id`, `data.x.y.json`), as the unknown it stands for.
fn first_resource_reference(expr: &Json, prefix: &str) -> Option<Unknown> {
    let refs = expr.get("references")?.as_array()?;
    for r in refs.iter().filter_map(Json::as_str) {
        let parts = split_address(r);
        let (resource_parts, rest) = match parts.first().copied() {
            Some("var" | "local" | "each" | "count" | "path" | "module" | "self" | "terraform")
            | None => continue,
            Some("data") if parts.len() >= 4 => (3, &parts[3..]),
            Some(_) if parts.len() >= 3 => (2, &parts[2..]),
            Some(_) => continue,
        };
        let resource = strip_keys(&parts[..resource_parts].join("."));
        return Some(Unknown::Attribute {
            resource: format!("{prefix}{resource}").into(),
            path: rest.join(".").into(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripping_keys() {
        let cases = [
            ("aws_s3_bucket.b", "aws_s3_bucket.b"),
            ("aws_s3_bucket.b[0]", "aws_s3_bucket.b"),
            (
                "module.a[\"x\"].aws_s3_bucket.b[\"k\"]",
                "module.a.aws_s3_bucket.b",
            ),
            ("module.a[\"a[0]\"].data.x.y", "module.a.data.x.y"),
            ("module.a[\"q\\\"]\"].r.s", "module.a.r.s"),
        ];
        for (input, expected) in cases {
            assert_eq!(strip_keys(input), expected, "{input}");
        }
    }

    #[test]
    fn malformed_plans_are_errors() {
        let cases = [
            ("", 1),
            ("{\"format_version\": \"1.2\", \"planned_values\": ", 1),
            ("[1, 2]", 1),
            ("{\"format_version\": \"1.2\"}", 1),
            ("{\"resource_changes\": {}}", 1),
            (
                "{\"resource_changes\": [{\"address\": 5, \"change\": {}}]}",
                1,
            ),
            (
                "{\"planned_values\": {\"root_module\": {\"resources\": [7]}}}",
                1,
            ),
            ("{\n\"planned_values\": {\n\"root_module\": }", 3),
        ];
        for (text, line) in cases {
            let err = load_plan(text).expect_err(text);
            assert_eq!(err.line, line, "{text}: {}", err.message);
        }
    }

    #[test]
    fn recognises_plans() {
        assert!(looks_like_plan(
            "{\"format_version\": \"1.2\", \"planned_values\": {}}"
        ));
        assert!(!looks_like_plan("{\"resource\": {}}"));
        assert!(!looks_like_plan("{\"region\": \"eu-west-1\"}"));
        assert!(!looks_like_plan("not json"));
    }
}
