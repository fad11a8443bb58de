//! TFG-ENC-018: ECS task EFS volume does not encrypt data in transit.

use crate::finding::Severity;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-018",
    name: "ecs-efs-volume-transit-unencrypted",
    title: "ECS task EFS volume does not encrypt data in transit",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0035",
        "AVD-AWS-0035",
        "aws-ecs-enable-in-transit-encryption",
        "CKV_AWS_97",
        "4d46ff3b-7160-41d1-a310-71d6d370b08f",
        "AC_AWS_0463",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["ECS task EFS volume in-transit encryption"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-018.md"),
    check,
};

fn is_unknown(node: Node) -> bool {
    matches!(node, Node::Value(Value::Unknown(_)))
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_task_definition") {
        let what = match inst.node().get("family").and_then(Value::as_str) {
            Some(f) => format!("{} `{f}`", inst.rtype),
            None => label(inst),
        };
        let mut unknown = false;
        let mut bad = Vec::new();
        for (v, volume) in inst.node().children("volume").into_iter().enumerate() {
            if is_unknown(volume) {
                unknown = true;
                continue;
            }
            let name = match volume.get("name").and_then(Value::as_str) {
                Some(n) => format!("volume `{n}`"),
                None => format!("volume {v}"),
            };
            for (e, efs) in volume
                .children("efs_volume_configuration")
                .into_iter()
                .enumerate()
            {
                if is_unknown(efs) {
                    unknown = true;
                    continue;
                }
                let path = format!("volume[{v}].efs_volume_configuration[{e}]");
                match efs.get("transit_encryption") {
                    Some(Value::String(s)) if &**s == "ENABLED" => {}
                    Some(Value::Unknown(_)) => unknown = true,
                    None | Some(Value::Null) => bad.push((
                        i,
                        path,
                        format!(
                            "{what} does not set `transit_encryption` for EFS {name} (default \
                             DISABLED): file traffic between the task and EFS is unencrypted"
                        ),
                    )),
                    Some(other) => bad.push((
                        i,
                        format!("{path}.transit_encryption"),
                        format!(
                            "{what} sets `transit_encryption = {}` for EFS {name}: file traffic \
                             between the task and EFS is unencrypted",
                            crate::rules::show(other)
                        ),
                    )),
                }
            }
        }
        // A task without EFS volumes has nothing to encrypt: it passes.
        cx.settle(i, unknown, bad);
    }
}
