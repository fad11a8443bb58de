//! TFG-CTR-013: an ECS task definition runs a container in privileged mode.

use super::helpers::{Judged, bool_key, check_ecs_containers};
use crate::finding::Severity;
use crate::model::access::Flag;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-013",
    name: "ecs-container-privileged",
    title: "ECS container runs privileged",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &["CKV_AWS_334"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.8",
        "NIST:AC-6",
        "NIST:CM-7",
        "ISO27001:A.8.2",
        "ISO27001:A.8.9",
    ],
    controls: &["ECS container runs privileged"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ecs_containers(cx, |c| match bool_key(c, "privileged") {
        Flag::True => Judged::Bad(
            "privileged",
            "sets `privileged = true`: the container runs with root privileges on the host"
                .to_string(),
        ),
        Flag::Unknown => Judged::Unknown,
        Flag::False | Flag::Unset => Judged::Fine,
    });
}
