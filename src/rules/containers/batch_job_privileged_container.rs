//! TFG-CTR-021: an AWS Batch job definition runs a privileged container.

use super::helpers::label;
use super::helpers::{Json, Judged, bool_key, json_arg, judge_containers};
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::{Object, Value};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-021",
    name: "batch-job-privileged-container",
    title: "Batch job definition runs a privileged container",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &["CKV_AWS_210", "66cd88ac-9ddf-424a-b77e-e55e17630bee"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.8",
        "NIST:AC-6",
        "NIST:CM-7",
        "ISO27001:A.8.2",
        "ISO27001:A.8.9",
    ],
    controls: &["Batch job definition runs a privileged container"],
    resources: &["aws_batch_job_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-021.md"),
    check,
};

fn privileged(c: &Object) -> Judged {
    match bool_key(c, "privileged") {
        Flag::True => Judged::Bad(
            "privileged",
            "sets `privileged = true`: the job runs with root privileges on the host".to_string(),
        ),
        Flag::Unknown => Judged::Unknown,
        Flag::False | Flag::Unset => Judged::Fine,
    }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_batch_job_definition") {
        let mut unknown = false;
        let mut findings = Vec::new();
        // A single-container job: `container_properties` is one container.
        match json_arg(inst.node().get("container_properties")) {
            Json::Absent => {}
            Json::Unknown => unknown = true,
            Json::Known(v) => match v.as_object() {
                Some(c) => match privileged(c) {
                    Judged::Bad(key, why) => findings.push((
                        i,
                        format!("container_properties.{key}"),
                        format!("{} {why}", label(inst)),
                    )),
                    Judged::Unknown => unknown = true,
                    Judged::Fine => {}
                },
                None => unknown |= v.is_unknown(),
            },
        }
        // A job on ECS with several containers: `ecs_properties.taskProperties[].containers`.
        match json_arg(inst.node().get("ecs_properties")) {
            Json::Absent => {}
            Json::Unknown => unknown = true,
            Json::Known(v) => match v.get_attr("taskProperties") {
                Some(Value::List(tasks) | Value::Set(tasks)) => {
                    for (t, task) in tasks.iter().enumerate() {
                        match task.get_attr("containers") {
                            Some(Value::List(list) | Value::Set(list)) => {
                                let (u, f) = judge_containers(
                                    i,
                                    inst,
                                    &list,
                                    &format!("ecs_properties.taskProperties[{t}].containers"),
                                    &privileged,
                                );
                                unknown |= u;
                                findings.extend(f);
                            }
                            Some(Value::Unknown(_)) => unknown = true,
                            _ => {}
                        }
                    }
                }
                Some(Value::Unknown(_)) => unknown = true,
                _ => unknown |= v.is_unknown(),
            },
        }
        // A job on EKS: `eks_properties.pod_properties.containers.security_context`.
        for (e, eks) in inst.node().children("eks_properties").iter().enumerate() {
            for (p, pod) in eks.children("pod_properties").iter().enumerate() {
                for (c, container) in pod.children("containers").iter().enumerate() {
                    for (k, ctx) in container.children("security_context").iter().enumerate() {
                        match flag(ctx.get("privileged")) {
                            Flag::True => findings.push((
                                i,
                                format!(
                                    "eks_properties[{e}].pod_properties[{p}].containers[{c}].security_context[{k}].privileged"
                                ),
                                format!(
                                    "{} sets `privileged = true` in a container's `security_context`: the job runs with root privileges on the node",
                                    label(inst)
                                ),
                            )),
                            Flag::Unknown => unknown = true,
                            Flag::False | Flag::Unset => {}
                        }
                    }
                }
            }
        }
        cx.settle(i, unknown, findings);
    }
}
