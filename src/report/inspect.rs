//! `tfgate inspect`: the evaluated instances as JSON, so a user can see exactly what the
//! rules see (addresses, module chains, where each value was written, what is unknown).

use serde_json::{Value as Json, json};

use super::{diagnostics_json, location_json, summary_json, tool_json, write_json};
use crate::base::diag::Level;
use crate::model::Mode;
use crate::model::{EvalBody, Instance, ModulePath, Origin};
use crate::scan::Scan;

/// Writes the inspect document.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let doc = json!({
        "tool": tool_json(),
        "root_modules": scan.loaded.roots.iter().map(|r| crate::base::path::display(&scan.loaded.modules[r.module].dir)).collect::<Vec<_>>(),
        "modules": scan.workspace.modules.iter().filter(|m| !m.path.is_root()).map(|m| json!({
            "path": m.path.to_string(),
            "dir": m.dir,
            "called_at": m.path.0.last().and_then(|f| f.call).map(|loc| location_json(scan, loc)),
            "source": m.path.0.last().map(|f| f.source.clone()),
            "inputs": m.inputs.iter().map(|(k, v)| (k.clone(), scrubbed(scan, v.to_display_json()))).collect::<serde_json::Map<_, _>>(),
        })).collect::<Vec<_>>(),
        "instances": scan.workspace.instances.iter().map(|i| instance_json(scan, i)).collect::<Vec<_>>(),
        "errors": diagnostics_json(scan, Level::Error),
        "warnings": diagnostics_json(scan, Level::Warning),
        "summary": summary_json(scan),
    });
    write_json(&doc, w)
}

fn instance_json(scan: &Scan, inst: &Instance) -> Json {
    let mut obj = serde_json::Map::new();
    obj.insert("address".into(), json!(inst.address));
    obj.insert("root".into(), json!(&*inst.root));
    obj.insert(
        "mode".into(),
        json!(match inst.mode {
            Mode::Managed => "managed",
            Mode::Data => "data",
        }),
    );
    obj.insert("type".into(), json!(inst.rtype));
    obj.insert("module_calls".into(), module_calls_json(scan, &inst.module));
    obj.insert(
        "location".into(),
        inst.loc.map_or(Json::Null, |loc| location_json(scan, loc)),
    );
    if inst.keys_unknown() {
        obj.insert("keys_unknown".into(), json!(true));
    }
    if let Origin::Plan(change) = &inst.origin {
        obj.insert("plan_actions".into(), json!(change.actions));
    }
    let mut values = scrubbed(scan, inst.value().to_display_json());
    if let Origin::Plan(change) = &inst.origin {
        for path in &change.sensitive {
            redact_at(&mut values, path);
        }
    }
    obj.insert("values".into(), values);
    let written = written_at(scan, &inst.body);
    if !written.is_empty() {
        obj.insert("written_at".into(), Json::Object(written));
    }
    Json::Object(obj)
}

/// `value` with every sensitive text (`base::redact`) in its strings replaced.
fn scrubbed(scan: &Scan, mut value: Json) -> Json {
    fn walk(v: &mut Json, secrets: &crate::base::redact::Scrubber) {
        match v {
            Json::String(s) => *s = secrets.scrub(s),
            Json::Array(items) => items.iter_mut().for_each(|i| walk(i, secrets)),
            Json::Object(fields) => fields.values_mut().for_each(|i| walk(i, secrets)),
            Json::Null | Json::Bool(_) | Json::Number(_) => {}
        }
    }
    if !scan.workspace.secrets.is_empty() {
        walk(&mut value, &scan.workspace.secrets.scrubber());
    }
    value
}

/// Replaces the value at `path` (`tags.secret`, `rule[0].key`) with `(sensitive)`, whatever
/// its length (the scrubbing of every output leaves values of one or two characters alone).
fn redact_at(values: &mut Json, path: &str) {
    let mut at = values;
    for step in path.split('.') {
        let (name, indexes) = match step.find('[') {
            Some(b) => (&step[..b], &step[b..]),
            None => (step, ""),
        };
        if !name.is_empty() {
            match at.get_mut(name) {
                Some(next) => at = next,
                None => return,
            }
        }
        for index in indexes.split('[').skip(1) {
            let Ok(i) = index.trim_end_matches(']').parse::<usize>() else {
                return;
            };
            match at.get_mut(i) {
                Some(next) => at = next,
                None => return,
            }
        }
    }
    *at = json!(crate::base::redact::REDACTED);
}

/// `{"bucket": "main.tf:4", "versioning[0].enabled": "main.tf:7"}`: where each value was set.
fn written_at(scan: &Scan, body: &EvalBody) -> serde_json::Map<String, Json> {
    let mut out = serde_json::Map::new();
    collect_written(scan, body, "", &mut out);
    out
}

fn collect_written(
    scan: &Scan,
    body: &EvalBody,
    prefix: &str,
    out: &mut serde_json::Map<String, Json>,
) {
    for (name, attr) in &body.attrs {
        if let Some(loc) = attr.loc {
            let file = scan.loaded.files.get(loc.file);
            let line = file.line_col(loc.span.start).line;
            out.insert(
                format!("{prefix}{name}"),
                json!(format!("{}:{line}", file.display)),
            );
        }
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for block in &body.blocks {
        let n = counts.entry(block.kind.as_str()).or_default();
        let path = format!("{prefix}{}[{n}]", block.kind);
        *n += 1;
        collect_written(scan, &block.body, &format!("{path}."), out);
    }
}

/// The module call chain, outermost first.
pub fn module_calls_json(scan: &Scan, path: &ModulePath) -> Json {
    serde_json::to_value(super::ModuleCallJson::chain(scan, path)).unwrap_or(Json::Null)
}
