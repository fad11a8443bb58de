//! TFG-CTR-011: an ECS cluster turns off logging of ECS Exec sessions.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-011",
    name: "ecs-exec-logging-disabled",
    title: "ECS Exec command logging disabled",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &["CKV_AWS_223"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["ECS Exec command logging not disabled"],
    resources: &["aws_ecs_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_cluster") {
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, c) in inst.node().children("configuration").iter().enumerate() {
            for (e, exec) in c
                .children("execute_command_configuration")
                .iter()
                .enumerate()
            {
                match exec.get("logging") {
                    Some(Value::String(s)) if &**s == "NONE" => findings.push((
                        i,
                        format!("configuration[{k}].execute_command_configuration[{e}].logging"),
                        format!(
                            "{} sets ECS Exec `logging = \"NONE\"`: commands run in containers through ECS Exec are not recorded",
                            label(inst)
                        ),
                    )),
                    Some(Value::Unknown(_)) => unknown = true,
                    _ => {}
                }
            }
        }
        cx.settle(i, unknown, findings);
    }
}
