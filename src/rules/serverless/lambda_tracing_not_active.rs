//! TFG-SLS-003: Lambda function without active X-Ray tracing.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, label, text_of};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-003",
    name: "lambda-tracing-not-active",
    title: "Lambda function does not trace requests with X-Ray",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &[
        "AWS-0066",
        "AVD-AWS-0066",
        "aws-lambda-enable-tracing",
        "8152e0cf-d2f0-47ad-96d5-d003a76eabd1",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-12", "NIST:SI-4", "ISO27001:A.8.16"],
    controls: &["Lambda X-Ray tracing active"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        let Some(cfg) = inst.node().child("tracing_config") else {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `tracing_config` (default mode \"PassThrough\"): its invocations are traced only when a caller already sampled them",
                    label(inst)
                ),
            );
            continue;
        };
        match text_of(cfg.get("mode")) {
            Text::Unknown => cx.undecided(i),
            Text::Known("Active") => cx.pass(i),
            Text::Known(m) => cx.report(
                i,
                "tracing_config[0].mode",
                format!(
                    "{} sets `tracing_config.mode = \"{m}\"`: its invocations are traced only when a caller already sampled them",
                    label(inst)
                ),
            ),
            // `mode` is required in the block.
            Text::Unset => cx.pass(i),
        }
    }
}
