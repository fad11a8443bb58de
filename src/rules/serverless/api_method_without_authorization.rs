//! TFG-SLS-012: API Gateway REST method open to unauthenticated callers.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::serverless::helpers::{Text, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-012",
    name: "api-method-without-authorization",
    title: "API Gateway REST method requires neither authorization nor an API key",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &[
        "AWS-0004",
        "AVD-AWS-0004",
        "aws-apigateway-no-public-access",
        "CKV_AWS_59",
        "15ccec05-5476-4890-ad19-53991eba1db8",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:IA-2",
        "ISO27001:A.8.5",
    ],
    controls: &["API Gateway REST method without authorization"],
    resources: &["aws_api_gateway_method"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_api_gateway_method") {
        // CORS preflight requests carry no credentials: OPTIONS methods are open by design.
        let method = match text(inst, "http_method") {
            Text::Unknown => {
                cx.undecided(i);
                continue;
            }
            Text::Known(m) if m.eq_ignore_ascii_case("OPTIONS") => {
                cx.pass(i);
                continue;
            }
            Text::Known(m) => m,
            Text::Unset => "",
        };
        match text(inst, "authorization") {
            Text::Unknown => {
                cx.undecided(i);
                continue;
            }
            Text::Known("NONE") => {}
            // Required: anything else is AWS_IAM, CUSTOM or COGNITO_USER_POOLS.
            Text::Known(_) | Text::Unset => {
                cx.pass(i);
                continue;
            }
        }
        match flag(inst.node().get("api_key_required")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False | Flag::Unset => cx.report(
                i,
                "authorization",
                format!(
                    "`{}` ({method}) sets `authorization = \"NONE\"` and does not require an API key: anyone who can reach the API calls the method",
                    inst.address
                ),
            ),
        }
    }
}
