//! TFG-SLS-016: API Gateway custom domain accepts TLS older than 1.2.

use crate::base::wildcard;
use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, text_of};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-016",
    name: "api-domain-outdated-tls",
    title: "API Gateway custom domain accepts TLS older than 1.2",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &[
        "AWS-0005",
        "AVD-AWS-0005",
        "aws-apigateway-use-secure-tls-policy",
        "CKV_AWS_206",
        "4e1cc5d3-2811-4fb2-861c-ee9b3cb7f90b",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.7",
        "NIST:SC-8",
        "NIST:SC-13",
        "ISO27001:A.8.24",
    ],
    controls: &["API Gateway custom domain TLS 1.2+ security policy"],
    resources: &[
        "aws_api_gateway_domain_name",
        "aws_apigatewayv2_domain_name",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-016.md"),
    check,
};

/// Security policies whose minimum is TLS 1.2 (the enhanced policies of 2025 included).
const MODERN: &[&str] = &[
    "TLS_1_2",
    "SecurityPolicy_TLS12_*",
    "SecurityPolicy_TLS13_*",
];

fn modern(p: &str) -> bool {
    MODERN
        .iter()
        .any(|m| wildcard::matches(m, p, wildcard::Syntax::STAR))
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_api_gateway_domain_name") {
        match text_of(inst.node().get("security_policy")) {
            Text::Unknown => cx.undecided(i),
            Text::Known(p) if modern(p) => cx.pass(i),
            Text::Known(p) => cx.report(
                i,
                "security_policy",
                format!(
                    "`{}` sets `security_policy = \"{p}\"`: clients can connect with TLS 1.0 or 1.1",
                    inst.address
                ),
            ),
            Text::Unset => cx.report(
                i,
                "",
                format!(
                    "`{}` does not set `security_policy` (default \"TLS_1_0\"): clients can connect with TLS 1.0 or 1.1",
                    inst.address
                ),
            ),
        }
    }
    for (i, inst) in cx.resources("aws_apigatewayv2_domain_name") {
        let mut unknown = false;
        let mut found = Vec::new();
        for (k, c) in inst
            .node()
            .children("domain_name_configuration")
            .iter()
            .enumerate()
        {
            match text_of(c.get("security_policy")) {
                Text::Unknown => unknown = true,
                Text::Known(p) if modern(p) => {}
                Text::Known(p) => found.push((
                    i,
                    format!("domain_name_configuration[{k}].security_policy"),
                    format!(
                        "`{}` sets `security_policy = \"{p}\"`: clients can connect with TLS 1.0 or 1.1",
                        inst.address
                    ),
                )),
                // Required in the block: a configuration the provider rejects.
                Text::Unset => {}
            }
        }
        cx.settle(i, unknown, found);
    }
}
