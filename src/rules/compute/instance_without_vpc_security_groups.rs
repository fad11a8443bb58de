//! TFG-EC2-009: EC2 instance does not name VPC security groups.

use super::helpers::launch_template;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-009",
    name: "instance-without-vpc-security-groups",
    title: "EC2 instance does not name VPC security groups",
    severity: Severity::Low,
    area: Area::Compute,
    aliases: &["a31a5a29-718a-4ff4-8001-a69e5e4d029e"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4", "ISO27001:A.8.20"],
    controls: &["EC2 instance without VPC security groups"],
    resources: &["aws_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_instance") {
        let node = inst.node();
        match node.get("vpc_security_group_ids") {
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(Value::List(items) | Value::Set(items)) if !items.is_empty() => {
                cx.pass(i);
                continue;
            }
            _ => {}
        }
        // Network interfaces attached at launch carry their own groups.
        if node.has_child("network_interface") {
            cx.pass(i);
            continue;
        }
        // A launch template can name the groups.
        if launch_template(cx, inst).is_some() {
            cx.undecided(i);
            continue;
        }
        let what = label(inst);
        match node.get("security_groups") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::List(items) | Value::Set(items)) if !items.is_empty() => cx.report(
                i,
                "security_groups",
                format!(
                    "{what} does not set `vpc_security_group_ids` and names its groups in \
                     `security_groups`, which only a default VPC accepts (and changing it \
                     replaces the instance)"
                ),
            ),
            _ => {
                let (at, how) = match node.get("vpc_security_group_ids") {
                    Some(Value::List(_) | Value::Set(_)) => (
                        "vpc_security_group_ids",
                        "sets `vpc_security_group_ids` to an empty list",
                    ),
                    _ => ("", "does not set `vpc_security_group_ids`"),
                };
                cx.report(
                    i,
                    at,
                    format!(
                        "{what} {how}: it gets its VPC's default security group, whose rules \
                         are not written for it"
                    ),
                );
            }
        }
    }
}
