//! TFG-EC2-010: Auto Scaling group does not use a launch template.

use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-010",
    name: "asg-without-launch-template",
    title: "Auto Scaling group does not use a launch template",
    severity: Severity::Low,
    area: Area::Compute,
    aliases: &["CKV_AWS_315"],
    compliance: &["SOC2:CC8.1", "NIST:CM-2", "NIST:CM-2(2)", "ISO27001:A.8.9"],
    controls: &["Auto Scaling group uses a launch template"],
    resources: &["aws_autoscaling_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_autoscaling_group") {
        let node = inst.node();
        let mixed = node
            .child("mixed_instances_policy")
            .is_some_and(|m| m.has_child("launch_template"));
        if node.has_child("launch_template") || mixed {
            cx.pass(i);
            continue;
        }
        let (at, what) = match node.set("launch_configuration") {
            Some(_) => (
                "launch_configuration",
                "launches from a launch configuration".to_string(),
            ),
            None => ("", "does not set `launch_template`".to_string()),
        };
        cx.report(
            i,
            at,
            format!(
                "{} {what}: launch configurations are deprecated, take no new instance types \
                 or settings, and keep no versions to roll back to",
                label(inst)
            ),
        );
    }
}
