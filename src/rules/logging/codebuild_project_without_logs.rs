//! TFG-LOG-029: a CodeBuild project turns both of its build logs off.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-029",
    name: "codebuild-project-without-logs",
    title: "CodeBuild project writes no build log",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC8.1",
        "NIST:AU-2",
        "NIST:AU-12",
        "ISO27001:A.8.15",
    ],
    controls: &["CodeBuild project logging configured"],
    resources: &["aws_codebuild_project"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-029.md"),
    check,
};

/// A log's `status`: `Some(true)` enabled, `None` unknown.
fn status(v: Option<&Value>, default: bool) -> Option<bool> {
    match v {
        None | Some(Value::Null) => Some(default),
        Some(Value::String(s)) => Some(s.as_ref() == "ENABLED"),
        Some(_) => None,
    }
}

fn check(cx: &mut Checker) {
    for (i, project) in cx.resources("aws_codebuild_project") {
        let Some(logs) = project.node().child("logs_config") else {
            // CloudWatch Logs is on unless turned off.
            cx.pass(i);
            continue;
        };
        let cloudwatch = match logs.child("cloudwatch_logs") {
            Some(c) => status(c.get("status"), true),
            None => Some(true),
        };
        let s3 = match logs.child("s3_logs") {
            Some(s) => status(s.get("status"), false),
            None => Some(false),
        };
        match (cloudwatch, s3) {
            (Some(true), _) | (_, Some(true)) => cx.pass(i),
            (None, _) | (_, None) => cx.undecided(i),
            (Some(false), Some(false)) => cx.report(
                i,
                "logs_config[0].cloudwatch_logs[0].status",
                format!(
                    "{} sets `logs_config.cloudwatch_logs.status = \"DISABLED\"` and writes no S3 logs: what its builds ran leaves no trace",
                    label(project)
                ),
            ),
        }
    }
}
