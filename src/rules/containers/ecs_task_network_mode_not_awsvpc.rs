//! TFG-CTR-016: an ECS task definition uses the host or bridge network mode.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-016",
    name: "ecs-task-network-mode-not-awsvpc",
    title: "ECS task definition network mode is host or bridge, not awsvpc",
    severity: Severity::Low,
    area: Area::Containers,
    aliases: &["9f4a9409-9c60-4671-be96-9716dbf63db1"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4", "ISO27001:A.8.22"],
    controls: &["ECS task definition network mode not awsvpc (host/bridge)"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_task_definition") {
        let mode = match inst.node().get("network_mode") {
            // Unset: `bridge` on Linux EC2 instances, `default` (NAT) on Windows; a Fargate
            // task must set `awsvpc`, so an unset mode is an EC2 task on the instance's
            // network. Judged where the mode is written (see the doc).
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(Value::String(s)) => s.to_ascii_lowercase(),
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        match mode.as_str() {
            "host" => cx.report(
                i,
                "network_mode",
                format!(
                    "{} sets `network_mode = \"host\"`: containers share the instance's network stack and security groups, so no task-level security group applies",
                    label(inst)
                ),
            ),
            "bridge" => cx.report(
                i,
                "network_mode",
                format!(
                    "{} sets `network_mode = \"bridge\"`: containers share the instance's security groups, so no task-level security group applies",
                    label(inst)
                ),
            ),
            _ => cx.pass(i),
        }
    }
}
