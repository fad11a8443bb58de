//! TFG-LOG-008: API Gateway logs full requests and responses.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-008",
    name: "api-gateway-data-trace-enabled",
    title: "API Gateway writes full request and response data to its logs",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_276"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:C1.1",
        "NIST:AU-9",
        "NIST:SI-12",
        "ISO27001:A.8.11",
    ],
    controls: &["API Gateway full request/response data trace disabled"],
    resources: &["aws_api_gateway_method_settings", "aws_apigatewayv2_stage"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-LOG-008.md"),
    check,
};

const PROBLEM: &str = "request and response bodies, headers and tokens land in CloudWatch Logs";

fn check(cx: &mut Checker) {
    for (i, ms) in cx.resources("aws_api_gateway_method_settings") {
        let v = ms
            .node()
            .child("settings")
            .and_then(|s| s.get("data_trace_enabled"));
        match flag(v) {
            Flag::True => cx.report_fix(
                i,
                "settings[0].data_trace_enabled",
                format!(
                    "{} sets `settings.data_trace_enabled = true`: {PROBLEM}",
                    label(ms)
                ),
                // Updated in place; only the copies of requests in the logs stop.
                Remedy::set(Safety::Safe, "settings[0].data_trace_enabled", "false"),
            ),
            Flag::Unknown => cx.undecided(i),
            Flag::False | Flag::Unset => cx.pass(i),
        }
    }
    for (i, stage) in cx.resources("aws_apigatewayv2_stage") {
        let mut unknown = false;
        let mut found = Vec::new();
        for block in ["default_route_settings", "route_settings"] {
            for (n, node) in stage.node().children(block).into_iter().enumerate() {
                match flag(node.get("data_trace_enabled")) {
                    Flag::True => found.push((block, format!("{block}[{n}].data_trace_enabled"))),
                    Flag::Unknown => unknown = true,
                    Flag::False | Flag::Unset => {}
                }
            }
        }
        if found.is_empty() {
            if unknown {
                cx.undecided(i);
            } else {
                cx.pass(i);
            }
        }
        for (block, path) in found {
            cx.report_fix(
                i,
                &path,
                format!(
                    "{} sets `{block}.data_trace_enabled = true`: {PROBLEM}",
                    label(stage)
                ),
                Remedy::set(Safety::Safe, &path, "false"),
            );
        }
    }
}
