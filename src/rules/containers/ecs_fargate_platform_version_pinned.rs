//! TFG-CTR-020: an ECS Fargate service pins a platform version instead of `LATEST`.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-020",
    name: "ecs-fargate-platform-version-pinned",
    title: "ECS Fargate service pinned to a platform version other than LATEST",
    severity: Severity::Low,
    area: Area::Containers,
    aliases: &["CKV_AWS_332"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:SI-2",
        "NIST:CM-2",
        "ISO27001:A.8.8",
    ],
    controls: &["ECS Fargate service pinned to an old platform version"],
    resources: &["aws_ecs_service"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-020.md"),
    check,
};

/// Whether the service runs on Fargate: `Some(true)` by launch type or a Fargate capacity
/// provider, `None` when that is unknown.
fn on_fargate(inst: &crate::model::Instance) -> Option<bool> {
    match inst.node().get("launch_type") {
        Some(Value::String(s)) => return Some(s.eq_ignore_ascii_case("FARGATE")),
        Some(Value::Unknown(_)) => return None,
        _ => {}
    }
    let mut unknown = false;
    for s in inst.node().children("capacity_provider_strategy") {
        match s.get("capacity_provider") {
            Some(Value::String(p)) if p.starts_with("FARGATE") => return Some(true),
            Some(Value::Unknown(_)) => unknown = true,
            _ => {}
        }
    }
    if unknown { None } else { Some(false) }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_service") {
        let version = match inst.node().get("platform_version") {
            // Unset: Fargate runs LATEST.
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        if version.eq_ignore_ascii_case("LATEST") {
            cx.pass(i);
            continue;
        }
        match on_fargate(inst) {
            Some(true) => cx.report(
                i,
                "platform_version",
                format!(
                    "{} pins Fargate platform version \"{version}\": new tasks do not move to the platform version that carries the latest kernel and runtime patches",
                    label(inst)
                ),
            ),
            Some(false) => cx.pass(i),
            None => cx.undecided(i),
        }
    }
}
