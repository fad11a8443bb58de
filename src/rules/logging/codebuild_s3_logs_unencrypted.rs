//! TFG-LOG-030: a CodeBuild project writes its S3 build logs unencrypted.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-030",
    name: "codebuild-s3-logs-unencrypted",
    title: "CodeBuild project writes its S3 build logs unencrypted",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_311"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.7",
        "NIST:SC-28",
        "NIST:AU-9",
        "ISO27001:A.8.24",
    ],
    controls: &["CodeBuild S3 build logs encrypted"],
    resources: &["aws_codebuild_project"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-030.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, project) in cx.resources("aws_codebuild_project") {
        let Some(s3) = project
            .node()
            .child("logs_config")
            .and_then(|l| l.child("s3_logs"))
        else {
            cx.pass(i);
            continue;
        };
        // S3 logs are off by default: then there is nothing to encrypt.
        match s3.get("status") {
            Some(Value::String(s)) if s.as_ref() == "ENABLED" => {}
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => {
                cx.pass(i);
                continue;
            }
        }
        match flag(s3.get("encryption_disabled")) {
            Flag::True => cx.report(
                i,
                "logs_config[0].s3_logs[0].encryption_disabled",
                format!(
                    "{} sets `logs_config.s3_logs.encryption_disabled = true`: its build logs, which can hold secrets printed by the build, are stored unencrypted",
                    label(project)
                ),
            ),
            Flag::Unknown => cx.undecided(i),
            Flag::False | Flag::Unset => cx.pass(i),
        }
    }
}
