//! TFG-CTR-010: an ECS cluster does not have Container Insights on.

use super::helpers::label;
use std::collections::HashMap;
use std::sync::Arc;

use crate::finding::Severity;
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-010",
    name: "ecs-container-insights-disabled",
    title: "ECS cluster Container Insights not enabled",
    severity: Severity::Low,
    area: Area::Containers,
    aliases: &[
        "AWS-0034",
        "AVD-AWS-0034",
        "aws-ecs-enable-container-insight",
        "CKV_AWS_65",
        "97cb0688-369a-4d26-b1f7-86c4c91231bc",
    ],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "NIST:AU-12", "ISO27001:A.8.16"],
    controls: &["ECS cluster Container Insights enabled"],
    resources: &["aws_ecs_cluster", "aws_ecs_account_setting_default"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-010.md"),
    check,
};

fn on(value: &str) -> bool {
    value == "enabled" || value == "enhanced"
}

/// The root's account default for new clusters: `Some(true)` when an
/// `aws_ecs_account_setting_default` turns Container Insights on, `None` when unknown.
fn account_default(cx: &Checker, inst: &Instance) -> Option<bool> {
    let mut unknown = false;
    for &a in cx
        .links
        .in_root(&inst.root, "aws_ecs_account_setting_default")
    {
        let s = cx.links.instance(a).node();
        match (s.get("name"), s.get("value")) {
            (Some(Value::String(n)), Some(Value::String(v))) if &**n == "containerInsights" => {
                if on(v) {
                    return Some(true);
                }
            }
            (Some(Value::String(n)), _) if &**n != "containerInsights" => {}
            _ => unknown = true,
        }
    }
    if unknown { None } else { Some(false) }
}

fn check(cx: &mut Checker) {
    // One answer per root module: the setting applies to every resource of the root.
    let mut per_root: HashMap<Arc<str>, Option<bool>> = HashMap::new();
    for (i, inst) in cx.resources("aws_ecs_cluster") {
        let mut setting = None;
        let mut unknown = false;
        for (k, s) in inst.node().children("setting").iter().enumerate() {
            match s.get("name") {
                Some(Value::String(n)) if &**n == "containerInsights" => {
                    setting = Some((k, s.get("value").cloned()));
                }
                Some(Value::String(_)) => {}
                _ => unknown = true,
            }
        }
        match setting {
            Some((_, Some(Value::String(v)))) if on(&v) => cx.pass(i),
            Some((_, Some(Value::Unknown(_)))) => cx.undecided(i),
            Some((k, v)) => {
                let shown = v
                    .as_ref()
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                cx.report(
                    i,
                    &format!("setting[{k}].value"),
                    format!(
                        "{} sets Container Insights to \"{shown}\": no per-task CPU, memory and network metrics for detecting and investigating incidents",
                        label(inst)
                    ),
                );
            }
            None if unknown => cx.undecided(i),
            None => match *per_root
            .entry(inst.root.clone())
            .or_insert_with(|| account_default(cx, inst))
        {
                Some(true) => cx.pass(i),
                None => cx.undecided(i),
                Some(false) => cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set the `containerInsights` setting (default disabled): no per-task CPU, memory and network metrics for detecting and investigating incidents",
                        label(inst)
                    ),
                ),
            },
        }
    }
}
