//! TFG-LOG-007: an API Gateway REST stage does not trace requests with X-Ray.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-007",
    name: "api-gateway-stage-without-xray",
    title: "API Gateway stage does not trace requests with X-Ray",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[
        "AWS-0003",
        "AVD-AWS-0003",
        "aws-apigateway-enable-tracing",
        "CKV_AWS_73",
        "5813ef56-fa94-406a-b35d-977d4a56ff2b",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-12", "NIST:SI-4", "ISO27001:A.8.16"],
    controls: &["API Gateway X-Ray tracing enabled"],
    resources: &["aws_api_gateway_stage"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-LOG-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_api_gateway_stage"],
        "xray_tracing_enabled",
        false,
        false,
        "requests through the stage cannot be traced to the services behind it",
        // Updated in place; tracing costs per trace but takes nothing away.
        Some(Safety::Safe),
    );
}
