//! TFG-CTR-015: an ECS task definition shares the host's process namespace.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-015",
    name: "ecs-task-shares-host-pid",
    title: "ECS task shares the host PID namespace",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &["CKV_AWS_335"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.8",
        "NIST:AC-6",
        "NIST:CM-7",
        "NIST:SC-39",
        "ISO27001:A.8.9",
    ],
    controls: &["ECS container shares the host PID namespace"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_task_definition") {
        match inst.node().get("pid_mode") {
            None | Some(Value::Null) => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(s)) if s.eq_ignore_ascii_case("host") => cx.report(
                i,
                "pid_mode",
                format!(
                    "{} sets `pid_mode = \"host\"`: its containers see and can signal every process on the host",
                    label(inst)
                ),
            ),
            Some(_) => cx.pass(i),
        }
    }
}
