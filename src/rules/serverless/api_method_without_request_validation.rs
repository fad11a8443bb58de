//! TFG-SLS-013: API Gateway REST method without request validation.

use crate::finding::Severity;
use crate::rules::serverless::helpers::is_set;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-013",
    name: "api-method-without-request-validation",
    title: "API Gateway REST method does not validate requests",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV2_AWS_53"],
    compliance: &["SOC2:CC6.6", "SOC2:CC7.1", "NIST:SI-10", "ISO27001:A.8.28"],
    controls: &["API Gateway method request validation"],
    resources: &["aws_api_gateway_method"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_api_gateway_method") {
        match is_set(inst.node().get("request_validator_id")) {
            None => cx.undecided(i),
            Some(true) => cx.pass(i),
            Some(false) => cx.report(
                i,
                "",
                format!(
                    "`{}` does not set `request_validator_id`: API Gateway passes requests to the backend without checking their parameters or body",
                    inst.address
                ),
            ),
        }
    }
}
