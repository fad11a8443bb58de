//! TFG-SLS-025: REST API resource policy open to any principal or every API action.

use crate::finding::Severity;
use crate::link::policy::{Effect, Statement};
use crate::rules::common::policy::{Judgement, Unknown, judge_policy, no_narrowing, sid_note};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-025",
    name: "rest-api-policy-open",
    title: "REST API resource policy allows any principal or every API action without a condition",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["b161c11b-a59b-4431-9a29-4e19f63e6b27"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
    ],
    controls: &["API Gateway REST API resource policy open to any principal / execute-api:*"],
    resources: &[
        "aws_api_gateway_rest_api",
        "aws_api_gateway_rest_api_policy",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-025.md"),
    check,
};

/// Whether a statement allows every API Gateway action (`execute-api:*`, `*`).
fn every_api_action(s: &Statement) -> bool {
    s.allows_action("execute-api:Invoke")
        && s.allows_action("execute-api:ManageConnections")
        && s.allows_action("execute-api:InvalidateCache")
}

/// The problem with one statement: `Ok(None)` when it is fine, `Err(Unknown)` when an
/// unknown decides it.
fn judge(s: &Statement) -> Judgement {
    if s.effect != Effect::Allow {
        return Ok(None);
    }
    let public = s.allows_public_unconditionally();
    if public == Some(true) {
        let actions = if s.actions.is_empty() {
            format!("everything but `{}`", s.not_actions.join(", "))
        } else {
            format!("`{}`", s.actions.join(", "))
        };
        return Ok(Some(format!(
            "allows {actions} to any principal (\"*\") {}",
            no_narrowing(s)
        )));
    }
    if s.actions_unknown {
        return Err(Unknown);
    }
    if every_api_action(s) && s.conditions.is_empty() && !s.condition_unknown {
        return Ok(Some(
            "allows every API Gateway action (`execute-api:*`), invalidating caches and managing connections included, with no condition".into(),
        ));
    }
    if public.is_none() {
        Err(Unknown)
    } else {
        Ok(None)
    }
}

fn check(cx: &mut Checker) {
    for t in [
        "aws_api_gateway_rest_api",
        "aws_api_gateway_rest_api_policy",
    ] {
        for (i, inst) in cx.resources(t) {
            let Some(v) = inst.node().set("policy") else {
                cx.pass(i);
                continue;
            };
            // An empty policy text is "no policy" for the REST API resource.
            if v.as_str().is_some_and(|s| s.trim().is_empty()) {
                cx.pass(i);
                continue;
            }
            judge_policy(cx, i, inst, v, |s| {
                Ok(judge(s)?.map(|problem| format!("`{}`{} {problem}", inst.address, sid_note(s))))
            });
        }
    }
}
