//! TFG-SEC-003: an ECS task definition's container environment holds a secret written in the
//! configuration.

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::secrets::helpers::env::{Var, judge};
use crate::rules::secrets::helpers::written::from_plan;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-003",
    name: "ecs-task-environment-secret",
    title: "ECS container environment holds a secret written in the configuration",
    severity: Severity::High,
    area: Area::Secrets,
    aliases: &["AWS-0036", "AVD-AWS-0036", "aws-ecs-no-plaintext-secrets"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(7)",
        "NIST:SC-28",
        "ISO27001:A.5.17",
    ],
    controls: &["Plaintext secrets in ECS task definition environment"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_task_definition") {
        if from_plan(inst) {
            cx.undecided(i);
            continue;
        }
        let parsed;
        let containers = match inst.node().get("container_definitions") {
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(Value::String(text)) => match serde_json::from_str::<serde_json::Value>(text) {
                Ok(json) => {
                    parsed = Value::from_json(&json);
                    &parsed
                }
                // Not JSON: the provider rejects it; nothing to judge here.
                Err(_) => {
                    cx.undecided(i);
                    continue;
                }
            },
            Some(Value::Unknown(Unknown::Encoded { value })) => value.as_ref(),
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        let mut unknown = false;
        let mut findings = Vec::new();
        let Some(list) = containers.as_seq() else {
            cx.undecided(i);
            continue;
        };
        for container in list {
            let Some(c) = container.as_object() else {
                unknown |= container.is_unknown();
                continue;
            };
            let cname = c
                .fields
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("(unnamed)");
            let Some(env) = c.fields.get("environment") else {
                continue;
            };
            let Some(vars) = env.as_seq() else {
                unknown |= env.is_unknown();
                continue;
            };
            for var in vars {
                let Some(o) = var.as_object() else {
                    unknown |= var.is_unknown();
                    continue;
                };
                let Some(name) = o.fields.get("name").and_then(Value::as_str) else {
                    unknown |= o.fields.get("name").is_some_and(Value::is_unknown);
                    continue;
                };
                let value = o.fields.get("value").cloned().unwrap_or(Value::Null);
                match judge(name, &value) {
                    Var::Clean => {}
                    Var::Unknown => unknown = true,
                    Var::Secret(why) => findings.push((
                        i,
                        "container_definitions".to_string(),
                        format!(
                            "{} gives container `{cname}` environment variable `{name}`, which {why}: use the container's `secrets` (valueFrom Secrets Manager or SSM) instead",
                            label(inst)
                        ),
                    )),
                }
            }
        }
        cx.settle(i, unknown, findings);
    }
}
