//! TFG-LOG-005: an API Gateway stage writes no execution log.

use super::helpers::apigw;
use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Mode};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-005",
    name: "api-gateway-stage-without-execution-logging",
    title: "API Gateway stage writes no execution log",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV2_AWS_4", "1b6799eb-4a7a-4b04-9001-8cceb9999326"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["API Gateway execution logging level and CloudWatch metrics (method settings)"],
    resources: &["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-005.md"),
    check,
};

/// What a `logging_level` says: `Ok(true)` logs, `Ok(false)` does not, `Err` unknown.
fn logs(v: Option<&Value>) -> Result<bool, ()> {
    match v {
        Some(Value::String(s)) => Ok(matches!(&**s, "ERROR" | "INFO")),
        Some(Value::Unknown(_)) => Err(()),
        _ => Ok(false),
    }
}

fn check(cx: &mut Checker) {
    let index = apigw::method_settings(cx.links);
    for (i, stage) in cx.resources("aws_api_gateway_stage") {
        let found = apigw::of_stage(cx.links, &index, stage);
        let mut unknown = found.maybe;
        let mut on = false;
        let mut off: Option<(usize, String)> = None;
        for &m in &found.certain {
            let ms = cx.links.instance(m);
            let level = apigw::settings(ms).and_then(|s| s.get("logging_level"));
            match logs(level) {
                Ok(true) => on = true,
                Ok(false) => {
                    let what = match level {
                        Some(v) if !v.is_null() => {
                            format!("sets `settings.logging_level = {}`", crate::rules::show(v))
                        }
                        _ => "does not set `settings.logging_level` (default OFF)".to_string(),
                    };
                    off.get_or_insert((m, what));
                }
                Err(()) => unknown = true,
            }
        }
        if on {
            cx.pass(i);
        } else if unknown {
            cx.undecided(i);
        } else {
            let message = match off {
                Some((m, what)) => format!(
                    "{}: its method settings `{}` {what}: the stage writes no execution log",
                    label(stage),
                    cx.links.instance(m).address
                ),
                None => format!(
                    "{} has no `aws_api_gateway_method_settings` with `logging_level` ERROR or INFO: the stage writes no execution log",
                    label(stage)
                ),
            };
            cx.report(i, "", message);
        }
    }
    // HTTP APIs have no execution log; a WebSocket API's stage sets its level in
    // `default_route_settings`.
    for (i, stage) in cx.resources("aws_apigatewayv2_stage") {
        match websocket(cx, stage) {
            None => {
                cx.undecided(i);
                continue;
            }
            Some(false) => {
                cx.pass(i);
                continue;
            }
            Some(true) => {}
        }
        let level = stage
            .node()
            .child("default_route_settings")
            .and_then(|s| s.get("logging_level"));
        match logs(level) {
            Ok(true) => cx.pass(i),
            Err(()) => cx.undecided(i),
            Ok(false) => {
                let what = match level {
                    Some(v) if !v.is_null() => format!(
                        "sets `default_route_settings.logging_level = {}`",
                        crate::rules::show(v)
                    ),
                    _ => "does not set `default_route_settings.logging_level` (default OFF)"
                        .to_string(),
                };
                cx.report(
                    i,
                    "default_route_settings[0].logging_level",
                    format!(
                        "{} {what}: the WebSocket stage writes no execution log",
                        label(stage)
                    ),
                );
            }
        }
    }
}

/// Whether the stage's API is a WebSocket API (`None`: the API is not in the configuration).
fn websocket(cx: &Checker, stage: &Instance) -> Option<bool> {
    let Some(Value::Unknown(Unknown::Attribute { resource, .. })) = stage.node().get("api_id")
    else {
        return None;
    };
    let api = cx.links.instance(cx.links.by_address(stage, resource)?);
    if api.mode != Mode::Managed || api.rtype != "aws_apigatewayv2_api" {
        return None;
    }
    match api.node().get("protocol_type") {
        Some(Value::String(p)) => Some(p.eq_ignore_ascii_case("WEBSOCKET")),
        _ => None,
    }
}
