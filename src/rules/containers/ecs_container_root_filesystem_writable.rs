//! TFG-CTR-014: an ECS container's root filesystem is writable.

use super::helpers::{Judged, bool_key, check_ecs_containers_unless, windows};
use crate::finding::Severity;
use crate::model::access::Flag;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-014",
    name: "ecs-container-root-filesystem-writable",
    title: "ECS container root filesystem is not read-only",
    severity: Severity::Low,
    area: Area::Containers,
    aliases: &["CKV_AWS_336"],
    compliance: &[
        "SOC2:CC6.8",
        "SOC2:CC7.1",
        "NIST:CM-7",
        "NIST:SI-7",
        "ISO27001:A.8.9",
    ],
    controls: &["ECS container root filesystem read-only"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    // Windows containers do not support a read-only root filesystem (ECS rejects it).
    check_ecs_containers_unless(cx, windows, |c| {
        match bool_key(c, "readonlyRootFilesystem") {
        Flag::True => Judged::Fine,
        Flag::Unknown => Judged::Unknown,
        Flag::False => Judged::Bad(
            "readonlyRootFilesystem",
            "sets `readonlyRootFilesystem = false`: the container can write to its root filesystem"
                .to_string(),
        ),
        Flag::Unset => Judged::Bad(
            "readonlyRootFilesystem",
            "does not set `readonlyRootFilesystem` (default false): the container can write to its root filesystem"
                .to_string(),
        ),
    }
    });
}
