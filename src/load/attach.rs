//! Plans joined to their configuration: a plan's instances replace those evaluated from the
//! directory it was made in, and take the source locations of its `resource` blocks, so
//! findings on a plan point at the user's code.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::Loaded;
use crate::base::diag::Diagnostic;
use crate::model::value::{Unknown, Value};
use crate::model::{EvalAttr, Instance, Origin, Workspace};

/// Loads the plan files into the workspace. When a plan's directory was also scanned as a
/// root module, the plan's instances replace that root's evaluated ones (the plan knows
/// more), and take their source locations from the matching `resource` blocks. Instances
/// arrive grouped by root, so each plan reads its directory's instances only, and the
/// replaced roots leave in one pass.
pub fn attach_plans(
    loaded: &Loaded,
    ws: &mut Workspace,
    max: u64,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if loaded.plans.is_empty() {
        return;
    }
    let mut roots: HashMap<&str, std::ops::Range<usize>> = HashMap::new();
    for range in ws.root_ranges() {
        roots.insert(&ws.instances[range.start].root, range);
    }
    let mut replaced: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut attached = Vec::new();
    let mut more = Gathered::default();
    let mut deleted = Vec::new();
    for path in &loaded.plans {
        if let Some((dir, instances, deletions)) =
            attach_plan(ws, &roots, path, max, &mut more, diagnostics)
        {
            replaced.insert(dir);
            attached.extend(instances);
            deleted.extend(deletions);
        }
    }
    ws.deleted.extend(deleted);
    if !replaced.is_empty() {
        ws.instances.retain(|i| !replaced.contains(&*i.root));
    }
    ws.instances.extend(attached);
    ws.secrets.extend(&more.secrets);
    more.before.sort_by(Instance::workspace_order);
    ws.before = more.before;
    ws.drift = more.drift;
    ws.plans = more.plans;
}

/// What plans add to the workspace besides their instances.
#[derive(Default)]
struct Gathered {
    secrets: crate::base::redact::Secrets,
    before: Vec<Instance>,
    drift: Vec<crate::model::Drifted>,
    plans: Vec<crate::model::PlanInfo>,
}

/// One plan's instances, located in the configuration of its directory (`roots`: each
/// root's range of instances), with that directory; `None` when the plan cannot be read.
fn attach_plan(
    ws: &Workspace,
    roots: &HashMap<&str, std::ops::Range<usize>>,
    path: &Path,
    max: u64,
    more: &mut Gathered,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, Vec<Instance>, Vec<Instance>)> {
    let display = crate::base::path::display(path);
    let text = match super::read_text(path, max) {
        Ok(t) => t,
        Err(msg) => {
            diagnostics.push(Diagnostic::error("read-error", msg).in_file(display));
            return None;
        }
    };
    let plan = match super::plan::load_plan(&text) {
        Ok(p) => p,
        Err(e) => {
            diagnostics.push(
                Diagnostic::error("plan-error", e.message)
                    .in_file(display)
                    .at(e.line, e.column),
            );
            return None;
        }
    };
    let plan_dir = crate::base::path::normalize(path.parent().unwrap_or(Path::new(".")));
    let plan_dir = crate::base::path::display(&plan_dir);
    let root_name: Arc<str> = Arc::from(display.as_str());
    // Source locations from the evaluated configuration of the plan's directory.
    let mut by_address: HashMap<String, &Instance> = HashMap::new();
    let configured = roots.get(plan_dir.as_str()).cloned().unwrap_or_default();
    for inst in &ws.instances[configured] {
        by_address
            .entry(super::plan::strip_keys(&inst.address))
            .or_insert(inst);
    }
    more.secrets.extend(&plan.secrets);
    more.plans.push(crate::model::PlanInfo {
        root: root_name.clone(),
        format_version: plan.format_version.clone(),
        terraform_version: plan.terraform_version.clone(),
    });
    let locate = |mut inst: Instance| {
        inst.root = root_name.clone();
        if let Some(config) = by_address.get(&super::plan::strip_keys(&inst.address)) {
            inst.loc = config.loc;
            restore_written_unknowns(&mut inst, config);
            drop_unwritten(&mut inst, config);
            for (name, attr) in inst.body.attrs.iter_mut() {
                if let Some(c) = config.body.attrs.get(name) {
                    attr.loc = c.loc;
                    attr.expr_span = c.expr_span;
                }
            }
            let mut module = (*inst.module).clone();
            for (frame, config_frame) in module.0.iter_mut().zip(config.module.0.iter()) {
                frame.call = config_frame.call;
                if frame.source.is_empty() {
                    frame.source = config_frame.source.clone();
                }
            }
            inst.module = Arc::new(module);
        }
        inst
    };
    let attached: Vec<Instance> = plan.instances.into_iter().map(locate).collect();
    let deletions: Vec<Instance> = plan.deletions.into_iter().map(locate).collect();
    more.before.extend(plan.before.into_iter().map(locate));
    more.drift
        .extend(plan.drift.into_iter().map(|d| crate::model::Drifted {
            recorded: locate(d.recorded),
            refreshed: d.refreshed.map(locate),
        }));
    Some((plan_dir, attached, deletions))
}

/// Brings back, as unknown, an attribute the plan's configuration section did not show but
/// the code writes: the plan leaves `dynamic` blocks out of its configuration, so a
/// `dynamic "logging"` over an unknown collection looked like a value only the provider sets.
fn restore_written_unknowns(inst: &mut Instance, config: &Instance) {
    let Origin::Plan(change) = &inst.origin else {
        return;
    };
    for name in &change.unwritten {
        let written = config.body.attrs.get(name).is_some()
            || config.body.blocks.iter().any(|b| b.kind == *name);
        if written && inst.body.attrs.get(name).is_none() {
            let value = Value::Unknown(Unknown::Attribute {
                resource: Arc::from(inst.address.as_str()),
                path: Arc::from(name.as_str()),
            });
            let attr = EvalAttr {
                value,
                loc: None,
                expr_span: None,
                literal: false,
            };
            inst.body.attrs.insert(name.clone(), attr);
        }
    }
}

/// Arguments the code does not write and that identify nothing: what the provider keeps in
/// state for them (a bucket's legacy `versioning` mirror, a group's `ingress` gathered from
/// separate rules, defaults such as `is_multi_region_trail = false`) is left out, as
/// evaluating the code leaves it out. Kept: names and ids that link one resource to another
/// (`bucket`, `name`, `id`, `arn`).
fn drop_unwritten(inst: &mut Instance, config: &Instance) {
    const IDENTITY: &[&str] = &["bucket", "name", "id", "arn"];
    let attrs = std::mem::take(&mut inst.body.attrs);
    inst.body.attrs = attrs
        .into_iter_owned()
        .filter(|(name, _)| {
            IDENTITY.contains(&name.as_str())
                || config.body.attrs.get(name).is_some()
                || config.body.blocks.iter().any(|b| b.kind == *name)
        })
        .collect();
}
