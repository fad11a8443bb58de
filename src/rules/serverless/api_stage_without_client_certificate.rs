//! TFG-SLS-020: API Gateway stage without a client certificate for its backend.

use crate::finding::Severity;
use crate::link::Target;
use crate::rules::serverless::helpers::{Text, is_set, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-020",
    name: "api-stage-without-client-certificate",
    title: "API Gateway stage does not authenticate itself to its backend with a client certificate",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV2_AWS_51", "0b4869fc-a842-4597-aa00-1294df425440"],
    compliance: &["SOC2:CC6.1", "NIST:IA-3", "NIST:SC-8", "ISO27001:A.8.5"],
    controls: &["API Gateway stage uses a client certificate"],
    resources: &["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for t in ["aws_api_gateway_stage", "aws_apigatewayv2_stage"] {
        for (i, inst) in cx.resources(t) {
            // HTTP APIs cannot present client certificates; only WebSocket v2 stages can.
            if t == "aws_apigatewayv2_stage" {
                let api = inst
                    .node()
                    .get("api_id")
                    .map(|v| links.resolve(inst, v, &["aws_apigatewayv2_api"]));
                match api {
                    Some(Target::Instance(a)) => match text(links.instance(a), "protocol_type") {
                        Text::Known("WEBSOCKET") => {}
                        Text::Unknown => {
                            cx.undecided(i);
                            continue;
                        }
                        Text::Known(_) | Text::Unset => {
                            cx.pass(i);
                            continue;
                        }
                    },
                    Some(Target::Unknown | Target::External) | None => {
                        cx.pass(i);
                        continue;
                    }
                }
            }
            match is_set(inst.node().get("client_certificate_id")) {
                None => cx.undecided(i),
                Some(true) => cx.pass(i),
                Some(false) => cx.report(
                    i,
                    "",
                    format!(
                        "`{}` does not set `client_certificate_id`: its HTTP backends cannot tell API Gateway's requests from anyone else's",
                        inst.address
                    ),
                ),
            }
        }
    }
}
