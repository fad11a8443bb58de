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

fn judge(ws: &Workspace, findings: &mut [Finding], selected: &[usize]) {
    let before_ws = Workspace {
        instances: ws.before.clone(),
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
    let (a, b) = (after.value(), before.map(Instance::value));
    if !path.is_empty() {
        let now = at_path(&a, path);
        let was = b.as_ref().and_then(|b| at_path(b, path));
        if now != was {
            return format!(
                "`{path}` was {}, now {}",
                shown(was.as_ref()),
                shown(now.as_ref())
            );
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
    if !changed.is_empty() {
        changed.truncate(3);
        return changed.join("; ");
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
            .filter_map(|k| i.node().get(*k).and_then(Value::as_str).map(String::from))
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
