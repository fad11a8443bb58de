//! Judging a plan's changes: every rule runs on the instances as they are before the plan
//! (`Workspace::before`) as well as after, so each finding on a plan instance is told apart:
//! a *new resource*, a *weakening* (the resource passed the rule before and fails it after;
//! the message says what the change does), or *existing* (it already failed before). A
//! change that deletes or replaces a resource carrying a control is a finding of its own
//! (TFG-GOV-004, [`destroyed_controls`]).

use std::collections::HashSet;

use crate::finding::{Change, Finding};
use crate::model::value::Value;
use crate::model::{Instance, Origin, Workspace};

/// Longest value text quoted in a weakening's message.
const MAX_SHOWN: usize = 80;

/// Marks each finding on a plan instance with its [`Change`], and says in a weakening's
/// message what changed. `selected`: the rules that ran.
pub fn judge_changes(ws: &Workspace, findings: &mut Vec<Finding>, selected: &[usize]) {
    if ws.before.is_empty() && !findings.iter().any(|f| plan_change(ws, f).is_some()) {
        return;
    }
    judge(ws, findings, selected);
    if let Some(rule) = super::RULES.iter().position(|r| r.id == CONTROL_DESTROYED)
        && selected.contains(&rule)
    {
        findings.extend(destroyed_controls(ws, rule));
    }
}

/// The instances as they are before the plan: each change's `before`, and what no change
/// touches (data sources read while planning, planned values alone), which is the same
/// before and after.
fn before_instances(ws: &Workspace) -> Vec<Instance> {
    let mut out = ws.before.clone();
    let known: HashSet<(&str, &str)> = ws
        .before
        .iter()
        .map(|i| (&*i.root, i.address.as_str()))
        .collect();
    for inst in &ws.instances {
        if let Origin::Plan(c) = &inst.origin
            && c.actions.is_empty()
            && !known.contains(&(&*inst.root, inst.address.as_str()))
        {
            out.push(inst.clone());
        }
    }
    out.sort_by(Instance::workspace_order);
    out
}

fn judge(ws: &Workspace, findings: &mut [Finding], selected: &[usize]) {
    let before_ws = Workspace {
        instances: before_instances(ws),
        ..Workspace::default()
    };
    let held = super::run_by_root(&before_ws, selected, false);
    let held: HashSet<(usize, &str, &str)> = held
        .findings
        .iter()
        .filter_map(|f| {
            let inst = &before_ws.instances[f.instance?];
            Some((f.rule, &*inst.root, inst.address.as_str()))
        })
        .collect();
    for f in findings.iter_mut() {
        let Some(i) = f.instance else { continue };
        let inst = &ws.instances[i];
        let Origin::Plan(change) = &inst.origin else {
            continue;
        };
        // Only in planned values (a data source read while planning, a refresh-only plan):
        // no change says what existed before, so nothing is claimed and `--new-only` still
        // counts the finding.
        if change.actions.is_empty() {
            continue;
        }
        let before = prior(ws, inst);
        if before.is_none() || change.before.as_ref().is_none_or(|b| *b == Value::Null) {
            f.change = Some(Change::NewResource);
        } else if held.contains(&(f.rule, &*inst.root, inst.address.as_str())) {
            f.change = Some(Change::Existing);
        } else {
            f.change = Some(Change::Weakening);
            let what = describe(ws, inst, before, &f.path);
            f.message = format!(
                "{}; this change makes it so: {}",
                f.message,
                crate::base::escape::control(&what)
            );
        }
    }
}

fn plan_change<'w>(ws: &'w Workspace, f: &Finding) -> Option<&'w crate::model::PlanChange> {
    match &ws.instances[f.instance?].origin {
        Origin::Plan(c) => Some(c),
        Origin::Config => None,
    }
}

/// The instance as it was before the plan.
pub fn prior<'w>(ws: &'w Workspace, inst: &Instance) -> Option<&'w Instance> {
    ws.before
        .binary_search_by(|b| {
            b.root
                .cmp(&inst.root)
                .then_with(|| b.address.cmp(&inst.address))
        })
        .ok()
        .map(|i| &ws.before[i])
}

/// What the plan changes that makes the finding: the value at the finding's path (`was`,
/// `now`), else the resource's arguments that change, else the plan's other changes nearby
/// (a companion deleted or changed).
fn describe(ws: &Workspace, after: &Instance, before: Option<&Instance>, path: &str) -> String {
    if let Some(diff) = difference(after, before, path) {
        return diff;
    }
    // The resource itself does not change: a companion does. Those of the same family of
    // types first (`aws_s3_bucket_*` for a bucket).
    let family = after.rtype.as_str();
    let mut others: Vec<(bool, String)> = Vec::new();
    let mut note = |inst: &Instance| {
        let Origin::Plan(c) = &inst.origin else {
            return;
        };
        if inst.root != after.root || inst.address == after.address {
            return;
        }
        let acting: Vec<&str> = c
            .actions
            .iter()
            .map(String::as_str)
            .filter(|a| !matches!(*a, "no-op" | "read"))
            .collect();
        if acting.is_empty() {
            return;
        }
        let near = inst.rtype.starts_with(family) || family.starts_with(&inst.rtype);
        others.push((
            !near,
            format!("{} `{}`", acting.join(" and "), inst.address),
        ));
    };
    for inst in &ws.instances {
        note(inst);
    }
    for inst in &ws.before {
        if let Origin::Plan(c) = &inst.origin
            && c.actions == ["delete"]
        {
            note(inst);
        }
    }
    others.sort();
    others.dedup();
    if others.is_empty() {
        return "it passed before this plan".to_string();
    }
    let list: Vec<String> = others.into_iter().take(3).map(|(_, s)| s).collect();
    list.join(", ")
}

/// How `after` differs from `before`: the value at `path`, else the top-level arguments
/// that differ (three at most); `None` when they are equal.
fn difference(after: &Instance, before: Option<&Instance>, path: &str) -> Option<String> {
    let (a, b) = (after.value(), before.map(Instance::value));
    if !path.is_empty() {
        let now = at_path(&a, path);
        let was = b.as_ref().and_then(|b| at_path(b, path));
        if now != was {
            return Some(format!(
                "`{path}` was {}, now {}",
                shown(was.as_ref()),
                shown(now.as_ref())
            ));
        }
    }
    let fields = |v: &Value| v.as_object().map(|o| o.fields.clone()).unwrap_or_default();
    let (fa, fb) = (fields(&a), b.as_ref().map(fields).unwrap_or_default());
    let mut changed: Vec<String> = Vec::new();
    for (k, v) in fa.iter() {
        if fb.get(k) != Some(v) {
            changed.push(format!(
                "`{k}` was {}, now {}",
                shown(fb.get(k)),
                shown(Some(v))
            ));
        }
    }
    for (k, v) in fb.iter() {
        if !fa.contains_key(k) {
            changed.push(format!("`{k}` was {}, now not set", shown(Some(v))));
        }
    }
    if changed.is_empty() {
        return None;
    }
    changed.truncate(3);
    Some(changed.join("; "))
}

/// The value at `ingress[0].cidr_blocks`; `None` where there is nothing.
fn at_path(v: &Value, path: &str) -> Option<Value> {
    let mut at = v.clone();
    for step in path.split('.') {
        let (name, indexes) = match step.find('[') {
            Some(b) => (&step[..b], &step[b..]),
            None => (step, ""),
        };
        if !name.is_empty() {
            at = at.as_object()?.fields.get(name)?.clone();
        }
        for index in indexes.split('[').skip(1) {
            let i: usize = index.trim_end_matches(']').parse().ok()?;
            at = at.as_seq()?.get(i)?.clone();
        }
    }
    Some(at)
}

fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "not set".to_string(),
        Some(v) => {
            let text = v.to_string();
            if text.chars().count() > MAX_SHOWN {
                let cut: String = text.chars().take(MAX_SHOWN).collect();
                format!("`{cut}...`")
            } else {
                format!("`{text}`")
            }
        }
    }
}

/// The rule that [`destroyed_controls`] reports.
pub const CONTROL_DESTROYED: &str = "TFG-GOV-004";

/// Resource types that carry a control, with what to call them.
const CONTROLS: &[(&str, &str)] = &[
    ("aws_cloudtrail", "CloudTrail trail"),
    ("aws_flow_log", "VPC flow log"),
    (
        "aws_kms_key",
        "KMS key (deleting it schedules its destruction: what it encrypted becomes unreadable)",
    ),
    (
        "aws_s3_bucket_public_access_block",
        "S3 public access block",
    ),
    (
        "aws_s3_account_public_access_block",
        "account-wide S3 public access block",
    ),
    ("aws_config_configuration_recorder", "AWS Config recorder"),
    ("aws_config_delivery_channel", "AWS Config delivery channel"),
    ("aws_guardduty_detector", "GuardDuty detector"),
    ("aws_backup_plan", "backup plan"),
    ("aws_backup_vault", "backup vault"),
];

/// One TFG-GOV-004 finding per change that deletes or replaces a control.
pub fn destroyed_controls(ws: &Workspace, rule: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for before in &ws.before {
        let Origin::Plan(c) = &before.origin else {
            continue;
        };
        if !c.actions.iter().any(|a| a == "delete") {
            continue;
        }
        let what = match CONTROLS.iter().find(|(t, _)| *t == before.rtype) {
            Some((_, what)) => (*what).to_string(),
            None if before.rtype == "aws_cloudwatch_log_group" && holds_audit_logs(ws, before) => {
                "CloudWatch log group receiving audit logs (a trail or flow log writes to it)"
                    .to_string()
            }
            None => continue,
        };
        let after = after_index(ws, before);
        let action = if c.actions.len() == 1 {
            "deletes".to_string()
        } else if c.actions.first().is_some_and(|a| a == "create") {
            "replaces (create, then delete: `create_before_destroy`)".to_string()
        } else {
            "replaces (delete, then create: the control is off in between)".to_string()
        };
        let reason = match &c.action_reason {
            Some(r) => format!("; Terraform's reason: `{r}` ({})", explain_reason(r)),
            None => String::new(),
        };
        let message = format!("this plan {action} the {what} `{}`{reason}", before.address);
        let esc = crate::base::escape::control;
        let inst = after.map(|i| &ws.instances[i]).unwrap_or(before);
        out.push(Finding {
            rule,
            instance: after,
            resource: esc(&before.address).into_owned(),
            root: before.root.clone(),
            message: esc(&message).into_owned(),
            path: String::new(),
            loc: inst.loc,
            module: inst.module.clone(),
            remedy: None,
            fix: None,
            severity: super::RULES[rule].severity,
            suppressed: None,
            change: Some(Change::Weakening),
        });
    }
    out
}

fn after_index(ws: &Workspace, before: &Instance) -> Option<usize> {
    ws.instances
        .binary_search_by(|i| {
            i.root
                .cmp(&before.root)
                .then_with(|| i.address.cmp(&before.address))
        })
        .ok()
}

/// True when a trail or flow log (before the plan) names this log group.
fn holds_audit_logs(ws: &Workspace, group: &Instance) -> bool {
    let Some(name) = group
        .node()
        .get("name")
        .and_then(Value::as_str)
        .map(String::from)
    else {
        return false;
    };
    let marker = format!(":log-group:{name}");
    ws.before
        .iter()
        .chain(ws.instances.iter())
        .filter(|i| {
            i.root == group.root && matches!(i.rtype.as_str(), "aws_cloudtrail" | "aws_flow_log")
        })
        .any(|i| {
            [
                "cloud_watch_logs_group_arn",
                "log_destination",
                "log_group_name",
            ]
            .iter()
            .filter_map(|k| i.node().get(k).and_then(Value::as_str).map(String::from))
            .any(|v| v == name || v.contains(&marker))
        })
}

/// What Terraform's `action_reason` means, in a few words.
fn explain_reason(reason: &str) -> &'static str {
    match reason {
        "replace_because_tainted" => "the object is tainted",
        "replace_because_cannot_update" => "an argument that cannot change in place changes",
        "replace_by_request" => "`-replace` asked for it",
        "replace_by_triggers" => "`replace_triggered_by` fired",
        "delete_because_no_resource_config" => "its resource block was removed",
        "delete_because_wrong_repetition" => "`count` or `for_each` was added or removed",
        "delete_because_count_index" => "its `count` index is no longer produced",
        "delete_because_each_key" => "its `for_each` key is no longer produced",
        "delete_because_no_module" => "its module call was removed",
        "delete_because_no_move_target" => "a `moved` block leads nowhere",
        _ => "see the plan",
    }
}

/// A drifted resource that breaks no rule: its root, address and what changed.
pub type QuietDrift = (std::sync::Arc<str>, String, String);

/// What drift does to the baseline: every rule runs on the resources as Terraform recorded
/// them and as they are now (refreshed); a finding only the refreshed ones give is a drift
/// finding, saying what changed outside Terraform. Also returns each drifted resource that
/// breaks no rule, with what changed (for verbose output).
pub fn drift_findings(ws: &Workspace, selected: &[usize]) -> (Vec<Finding>, Vec<QuietDrift>) {
    if ws.drift.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let key = |i: &Instance| (i.root.clone(), i.address.clone());
    let drifted: std::collections::HashMap<_, &crate::model::Drifted> =
        ws.drift.iter().map(|d| (key(&d.recorded), d)).collect();
    // Now: what the plan read as `before` (refreshed), and the drifted resources a
    // refresh-only plan has no change for. Recorded: the same, drifted ones as recorded.
    // A `-refresh-only` plan has no changes: its planned values are the resources as they are.
    let mut now: Vec<Instance> = before_instances(ws);
    for d in &ws.drift {
        let at = now.iter().position(|i| key(i) == key(&d.recorded));
        match (&d.refreshed, at) {
            // What the plan's changes say the resource is now wins; planned values of a
            // refresh-only plan say the same as the drift.
            (Some(r), None) => now.push(r.clone()),
            (None, Some(i)) => {
                now.remove(i);
            }
            (Some(_), Some(_)) | (None, None) => {}
        }
    }
    let mut recorded: Vec<Instance> = now
        .iter()
        .filter(|i| !drifted.contains_key(&key(i)))
        .cloned()
        .collect();
    recorded.extend(ws.drift.iter().map(|d| d.recorded.clone()));
    now.sort_by(Instance::workspace_order);
    recorded.sort_by(Instance::workspace_order);
    let now_ws = Workspace {
        instances: now,
        ..Workspace::default()
    };
    let recorded_ws = Workspace {
        instances: recorded,
        ..Workspace::default()
    };
    let held = super::run_by_root(&recorded_ws, selected, false);
    let held: HashSet<(usize, &str, &str)> = held
        .findings
        .iter()
        .filter_map(|f| {
            let inst = &recorded_ws.instances[f.instance?];
            Some((f.rule, &*inst.root, inst.address.as_str()))
        })
        .collect();
    let found = super::run_by_root(&now_ws, selected, false);
    let mut out = Vec::new();
    let mut breaking: HashSet<(std::sync::Arc<str>, String)> = HashSet::new();
    for mut f in found.findings {
        let Some(i) = f.instance else { continue };
        let inst = &now_ws.instances[i];
        if held.contains(&(f.rule, &*inst.root, inst.address.as_str())) {
            continue;
        }
        let what = match drifted.get(&key(inst)) {
            Some(d) => difference(inst, Some(&d.recorded), &f.path)
                .unwrap_or_else(|| "its settings".to_string()),
            None => others_drifted(ws, inst),
        };
        if drifted.contains_key(&key(inst)) {
            breaking.insert(key(inst));
        } else {
            for d in ws.drift.iter().filter(|d| d.recorded.root == inst.root) {
                breaking.insert(key(&d.recorded));
            }
        }
        f.message = format!(
            "{}; changed outside Terraform: {}",
            f.message,
            crate::base::escape::control(&what)
        );
        f.change = Some(Change::Drift);
        // The code is right; the live resource is not: applying the plan is the fix.
        f.remedy = None;
        // Point at the code: the plan's instance of the same address, if any.
        f.instance = after_index(ws, inst);
        out.push(f);
    }
    let mut quiet = Vec::new();
    for d in &ws.drift {
        if breaking.contains(&key(&d.recorded)) {
            continue;
        }
        let what = match &d.refreshed {
            Some(r) => difference(r, Some(&d.recorded), "")
                .unwrap_or_else(|| "nothing tfgate reads".to_string()),
            None => "deleted".to_string(),
        };
        quiet.push((d.recorded.root.clone(), d.recorded.address.clone(), what));
    }
    (out, quiet)
}

/// The other resources of `inst`'s root that drifted, for a finding on a resource that did
/// not drift itself (a public access block deleted outside Terraform fails its bucket).
fn others_drifted(ws: &Workspace, inst: &Instance) -> String {
    let list: Vec<String> = ws
        .drift
        .iter()
        .filter(|d| d.recorded.root == inst.root)
        .take(3)
        .map(|d| match &d.refreshed {
            Some(r) => format!(
                "`{}` ({})",
                d.recorded.address,
                difference(r, Some(&d.recorded), "").unwrap_or_default()
            ),
            None => format!("`{}` was deleted", d.recorded.address),
        })
        .collect();
    list.join(", ")
}
