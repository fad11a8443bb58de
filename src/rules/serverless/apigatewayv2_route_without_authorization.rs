//! TFG-SLS-019: API Gateway v2 route without authorization.

use crate::finding::Severity;
use crate::link::Target;
use crate::rules::serverless::helpers::{Text, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-019",
    name: "apigatewayv2-route-without-authorization",
    title: "API Gateway v2 route accepts unauthenticated requests",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &["CKV_AWS_309"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:IA-2",
        "ISO27001:A.8.5",
    ],
    controls: &["API Gateway v2 route has an authorization type"],
    resources: &["aws_apigatewayv2_route"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (i, inst) in cx.resources("aws_apigatewayv2_route") {
        let key = match text(inst, "route_key") {
            Text::Known(k) => k,
            Text::Unknown | Text::Unset => "",
        };
        // A WebSocket API authorizes the connection: only `$connect` takes an authorizer,
        // the other routes of the connection must be NONE.
        if key.starts_with('$') && key != "$connect" && key != "$default" {
            cx.pass(i);
            continue;
        }
        if key != "$connect"
            && let Some(api) = inst.node().get("api_id")
            && let Target::Instance(a) = links.resolve(inst, api, &["aws_apigatewayv2_api"])
        {
            match text(links.instance(a), "protocol_type") {
                Text::Known("WEBSOCKET") => {
                    cx.pass(i);
                    continue;
                }
                Text::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                Text::Known(_) | Text::Unset => {}
            }
        }
        match text(inst, "authorization_type") {
            Text::Unknown => cx.undecided(i),
            Text::Known("NONE") => cx.report(
                i,
                "authorization_type",
                format!(
                    "`{}` sets `authorization_type = \"NONE\"`: anyone who can reach the API calls the route",
                    inst.address
                ),
            ),
            Text::Known(_) => cx.pass(i),
            Text::Unset => cx.report(
                i,
                "",
                format!(
                    "`{}` does not set `authorization_type` (default \"NONE\"): anyone who can reach the API calls the route",
                    inst.address
                ),
            ),
        }
    }
}
