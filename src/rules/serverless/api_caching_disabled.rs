//! TFG-SLS-015: API Gateway caching not enabled.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-015",
    name: "api-caching-disabled",
    title: "API Gateway stage or method settings do not cache responses",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &[
        "AWS-0190",
        "AVD-AWS-0190",
        "aws-apigateway-enable-cache",
        "CKV_AWS_120",
        "CKV_AWS_225",
    ],
    compliance: &["SOC2:A1.1", "NIST:SC-5", "ISO27001:A.8.6"],
    controls: &["API Gateway caching enabled"],
    resources: &["aws_api_gateway_stage", "aws_api_gateway_method_settings"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_api_gateway_stage") {
        match flag(inst.node().get("cache_cluster_enabled")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "cache_cluster_enabled",
                format!(
                    "`{}` sets `cache_cluster_enabled = false`: every request reaches the backend",
                    inst.address
                ),
            ),
            Flag::Unset => cx.report(
                i,
                "",
                format!(
                    "`{}` does not set `cache_cluster_enabled` (default false): every request reaches the backend",
                    inst.address
                ),
            ),
        }
    }
    for (i, inst) in cx.resources("aws_api_gateway_method_settings") {
        let mut unknown = false;
        let mut found = Vec::new();
        for (k, s) in inst.node().children("settings").iter().enumerate() {
            match flag(s.get("caching_enabled")) {
                Flag::True => {}
                Flag::Unknown => unknown = true,
                Flag::False => found.push((
                    i,
                    format!("settings[{k}].caching_enabled"),
                    format!(
                        "`{}` sets `caching_enabled = false`: every request reaches the backend",
                        inst.address
                    ),
                )),
                Flag::Unset => found.push((
                    i,
                    format!("settings[{k}]"),
                    format!(
                        "`{}` does not set `caching_enabled` (default false): every request reaches the backend",
                        inst.address
                    ),
                )),
            }
        }
        cx.settle(i, unknown, found);
    }
}
