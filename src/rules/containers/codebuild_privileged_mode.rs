//! TFG-CTR-022: a CodeBuild project runs its build container in privileged mode.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-022",
    name: "codebuild-privileged-mode",
    title: "CodeBuild project build container runs in privileged mode",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &["CKV_AWS_316"],
    compliance: &[
        "SOC2:CC6.8",
        "SOC2:CC8.1",
        "NIST:AC-6",
        "NIST:CM-7",
        "ISO27001:A.8.2",
        "ISO27001:A.8.9",
    ],
    controls: &["CodeBuild project build container runs in privileged mode"],
    resources: &["aws_codebuild_project"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-022.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_codebuild_project") {
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, env) in inst.node().children("environment").iter().enumerate() {
            match flag(env.get("privileged_mode")) {
                Flag::True => findings.push((
                    i,
                    format!("environment[{k}].privileged_mode"),
                    format!(
                        "{} sets `privileged_mode = true`: build commands run as root with access to the build host's devices",
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
