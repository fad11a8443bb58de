//! TFG-LOG-006: API Gateway methods send no CloudWatch metrics.

use super::helpers::apigw;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-006",
    name: "api-gateway-methods-without-metrics",
    title: "API Gateway methods send no detailed CloudWatch metrics",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV2_AWS_4", "081069cb-588b-4ce1-884c-2a1ce3029fe5"],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "NIST:AU-6", "ISO27001:A.8.16"],
    controls: &["API Gateway execution logging level and CloudWatch metrics (method settings)"],
    resources: &["aws_api_gateway_method_settings", "aws_api_gateway_stage"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, ms) in cx.resources("aws_api_gateway_method_settings") {
        let settings = apigw::settings(ms);
        match flag(settings.and_then(|s| s.get("metrics_enabled"))) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "settings[0].metrics_enabled",
                format!(
                    "{} sets `settings.metrics_enabled = false`: its methods send no per-method CloudWatch metrics",
                    label(ms)
                ),
            ),
            Flag::Unset => cx.report(
                i,
                if settings.is_some() { "settings[0]" } else { "" },
                format!(
                    "{} does not set `settings.metrics_enabled` (default false): its methods send no per-method CloudWatch metrics",
                    label(ms)
                ),
            ),
        }
    }
    let index = apigw::method_settings(cx.links);
    for (i, stage) in cx.resources("aws_api_gateway_stage") {
        let found = apigw::of_stage(cx.links, &index, stage);
        if !found.certain.is_empty() {
            // Each method settings resource is judged above.
            cx.pass(i);
        } else if found.maybe {
            cx.undecided(i);
        } else {
            cx.report(
                i,
                "",
                format!(
                    "{} has no `aws_api_gateway_method_settings` with `metrics_enabled = true`: its methods send no per-method CloudWatch metrics",
                    label(stage)
                ),
            );
        }
    }
}
