//! TFG-CTR-017: an ECS task definition uses one IAM role as task role and execution role.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-017",
    name: "ecs-task-role-is-execution-role",
    title: "ECS task role and execution role are the same role",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &["CKV_AWS_249"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-5",
        "ISO27001:A.5.15",
        "ISO27001:A.8.2",
    ],
    controls: &["ECS task role and execution role are the same"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-017.md"),
    check,
};

/// Whether two role values name the same role: `Some` when it is known.
fn same_role(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::String(x), Value::String(y)) => Some(x == y),
        // Two references to one attribute of one resource (`aws_iam_role.r.arn`).
        (
            Value::Unknown(Unknown::Attribute {
                resource: ra,
                path: pa,
            }),
            Value::Unknown(Unknown::Attribute {
                resource: rb,
                path: pb,
            }),
        ) => {
            if ra == rb && pa == pb {
                Some(true)
            } else if ra != rb && !ra.is_empty() && !rb.is_empty() {
                // Two role resources of the configuration are two roles.
                Some(false)
            } else {
                None
            }
        }
        _ => None,
    }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_task_definition") {
        let (Some(task), Some(exec)) = (
            inst.node().set("task_role_arn"),
            inst.node().set("execution_role_arn"),
        ) else {
            cx.pass(i);
            continue;
        };
        match same_role(task, exec) {
            Some(true) => cx.report(
                i,
                "task_role_arn",
                format!(
                    "{} uses the same role as `task_role_arn` and `execution_role_arn`: the application's code gets the permissions ECS needs to pull images and read secrets",
                    label(inst)
                ),
            ),
            Some(false) => cx.pass(i),
            None => cx.undecided(i),
        }
    }
}
