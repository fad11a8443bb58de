//! TFG-CTR-019: an ECS service gives its tasks public IP addresses.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-019",
    name: "ecs-service-public-ip",
    title: "ECS service assigns public IP addresses to its tasks",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &["CKV_AWS_333"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-4",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["ECS service auto-assigns public IPs"],
    resources: &["aws_ecs_service"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_service") {
        let blocks = inst.node().children("network_configuration");
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, b) in blocks.iter().enumerate() {
            match flag(b.get("assign_public_ip")) {
                Flag::True => findings.push((
                    i,
                    format!("network_configuration[{k}].assign_public_ip"),
                    format!(
                        "{} sets `assign_public_ip = true`: every task gets a public IP address reachable from the internet where its security groups allow",
                        label(inst)
                    ),
                )),
                Flag::Unknown => unknown = true,
                Flag::False | Flag::Unset => {}
            }
        }
        cx.settle(i, unknown, findings);
    }
}
