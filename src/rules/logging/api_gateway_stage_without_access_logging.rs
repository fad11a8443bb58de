//! TFG-LOG-004: an API Gateway stage writes no access log.

use super::helpers::related::blocks_uncertain;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-004",
    name: "api-gateway-stage-without-access-logging",
    title: "API Gateway stage writes no access log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[
        "AWS-0001",
        "AVD-AWS-0001",
        "aws-apigateway-enable-access-logging",
        "CKV_AWS_76",
        "1b6799eb-4a7a-4b04-9001-8cceb9999326",
        "625abc0e-f980-4ac9-a775-f7519ee34296",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["API Gateway stage access logging (v1 and v2)"],
    resources: &[
        "aws_api_gateway_stage",
        "aws_apigatewayv2_stage",
        "aws_api_gateway_deployment",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    for t in ["aws_api_gateway_stage", "aws_apigatewayv2_stage"] {
        for (i, stage) in cx.resources(t) {
            if blocks_uncertain(stage, "access_log_settings") {
                cx.undecided(i);
                continue;
            }
            let blocks = stage.node().children("access_log_settings");
            if blocks.is_empty() {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `access_log_settings`: nobody can tell who called the API",
                        label(stage)
                    ),
                );
                continue;
            }
            match blocks[0].get("destination_arn") {
                Some(Value::String(s)) if s.is_empty() => cx.report(
                    i,
                    "access_log_settings[0].destination_arn",
                    format!(
                        "{} sets an empty `access_log_settings.destination_arn`: the stage writes no access log",
                        label(stage)
                    ),
                ),
                Some(Value::Null) | None => cx.report(
                    i,
                    "access_log_settings[0]",
                    format!(
                        "{} does not set `access_log_settings.destination_arn`: the stage writes no access log",
                        label(stage)
                    ),
                ),
                Some(_) => cx.pass(i),
            }
        }
    }
    // A deployment with `stage_name` creates that stage itself, and such a stage has no
    // access log settings.
    for (i, deployment) in cx.resources("aws_api_gateway_deployment") {
        match deployment.node().get("stage_name") {
            Some(Value::Null) | None => cx.pass(i),
            Some(Value::String(s)) if s.is_empty() => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(v) => cx.report(
                i,
                "stage_name",
                format!(
                    "{} sets `stage_name = {}`: the stage the deployment creates writes no access log (manage it as an `aws_api_gateway_stage` with `access_log_settings`)",
                    label(deployment),
                    crate::rules::show(v)
                ),
            ),
        }
    }
}
