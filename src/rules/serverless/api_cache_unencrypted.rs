//! TFG-SLS-014: API Gateway response cache not encrypted.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-014",
    name: "api-cache-unencrypted",
    title: "API Gateway stage caches responses unencrypted",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &[
        "AWS-0002",
        "AVD-AWS-0002",
        "aws-apigateway-enable-cache-encryption",
        "CKV_AWS_308",
        "b7c9a40c-23e4-4a2d-8d39-a3352f10f288",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "ISO27001:A.8.24"],
    controls: &["API Gateway stage cache encrypted"],
    resources: &["aws_api_gateway_method_settings"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_api_gateway_method_settings") {
        let mut unknown = false;
        let mut found = Vec::new();
        for (k, s) in inst.node().children("settings").iter().enumerate() {
            match flag(s.get("caching_enabled")) {
                Flag::True => {}
                Flag::Unknown => {
                    unknown = true;
                    continue;
                }
                Flag::False | Flag::Unset => continue,
            }
            match flag(s.get("cache_data_encrypted")) {
                Flag::True => {}
                Flag::Unknown => unknown = true,
                Flag::False => found.push((
                    i,
                    format!("settings[{k}].cache_data_encrypted"),
                    format!(
                        "`{}` caches responses and sets `cache_data_encrypted = false`: cached responses are stored unencrypted",
                        inst.address
                    ),
                )),
                Flag::Unset => found.push((
                    i,
                    format!("settings[{k}]"),
                    format!(
                        "`{}` caches responses and does not set `cache_data_encrypted` (default false): cached responses are stored unencrypted",
                        inst.address
                    ),
                )),
            }
        }
        cx.settle(i, unknown, found);
    }
}
