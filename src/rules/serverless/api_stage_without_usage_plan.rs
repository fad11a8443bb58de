//! TFG-SLS-027: API Gateway REST stage in no usage plan.

use rustc_hash::FxHashSet as HashSet;

use crate::finding::Severity;
use crate::link::{Links, Target};
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-027",
    name: "api-stage-without-usage-plan",
    title: "API Gateway REST stage is not covered by a usage plan",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &[
        "c999cf62-0920-40f8-8dda-0caccd66ed7e",
        "b3a59b8e-94a3-403e-b6e2-527abaf12034",
    ],
    compliance: &["SOC2:A1.1", "NIST:SC-5", "ISO27001:A.8.6"],
    controls: &["API Gateway stage/deployment covered by a usage plan (throttling)"],
    resources: &["aws_api_gateway_stage", "aws_api_gateway_deployment"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-027.md"),
    check,
};

/// How a REST API is named: the instance it resolves to, or its known id.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Api {
    Instance(usize),
    Id(String),
}

fn api_of(links: &Links<'_>, from: &Instance, v: Option<&Value>) -> Option<Api> {
    let v = v?;
    match links.resolve(from, v, &["aws_api_gateway_rest_api"]) {
        Target::Instance(i) => Some(Api::Instance(i)),
        Target::External => v.as_str().map(|s| Api::Id(s.to_string())),
        Target::Unknown => None,
    }
}

/// The `(API, stage name)` pairs the usage plans of the view cover, and the roots where a
/// plan names an API or stage unknown before apply.
fn covered(links: &Links<'_>) -> (HashSet<(Api, String)>, Vec<String>) {
    let mut pairs = HashSet::default();
    let mut unknown_roots = Vec::new();
    for &p in links.of_type("aws_api_gateway_usage_plan") {
        let plan = links.instance(p);
        for s in plan.node().children("api_stages") {
            let api = api_of(links, plan, s.get("api_id"));
            match (api, s.get("stage").and_then(Value::as_str)) {
                (Some(api), Some(stage)) => {
                    pairs.insert((api, stage.to_string()));
                }
                _ => unknown_roots.push(plan.root.to_string()),
            }
        }
    }
    (pairs, unknown_roots)
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let (pairs, unknown_roots) = covered(links);
    for (t, name_arg) in [
        ("aws_api_gateway_stage", "stage_name"),
        ("aws_api_gateway_deployment", "stage_name"),
    ] {
        for (i, inst) in cx.resources(t) {
            let stage = match inst.node().get(name_arg) {
                // A deployment without `stage_name` creates no stage.
                None | Some(Value::Null) if t == "aws_api_gateway_deployment" => {
                    cx.pass(i);
                    continue;
                }
                Some(Value::String(s)) => s.to_string(),
                _ => {
                    cx.undecided(i);
                    continue;
                }
            };
            let Some(api) = api_of(links, inst, inst.node().get("rest_api_id")) else {
                cx.undecided(i);
                continue;
            };
            if pairs.contains(&(api, stage.clone())) {
                cx.pass(i);
            } else if unknown_roots.iter().any(|r| **r == *inst.root) {
                cx.undecided(i);
            } else {
                cx.report(
                    i,
                    "",
                    format!(
                        "`{}` (stage \"{stage}\") is in no `aws_api_gateway_usage_plan`: no per-client throttling or quota limits calls to it",
                        inst.address
                    ),
                );
            }
        }
    }
}
