//! API Gateway (REST, v1) stages and the `aws_api_gateway_method_settings` that set their
//! execution logging and metrics, linked through one index.
//!
//! A method settings resource names its stage by `rest_api_id` and `stage_name`. The stage name
//! is usually read from the stage (`aws_api_gateway_stage.s.stage_name`), which gives the
//! stage's literal name, so both sides are keyed by the API they belong to and the stage name:
//! `api:<api key>/stage:<name>`; a stage name unknown before apply keys by the stage's address.

use super::related::{Found, Key, Related, ref_key};
use crate::link::Links;
use crate::model::Instance;
use crate::model::value::{Unknown, Value};

/// The key of an API reference (`rest_api_id`): the resource it reads, or the literal id.
fn api_key(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            Some(format!("ref:{resource}"))
        }
        Some(Value::String(s)) => Some(format!("lit:{s}")),
        _ => None,
    }
}

fn stage_key(links: &Links, settings: &Instance) -> Key {
    let node = settings.node();
    match node.get("stage_name") {
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            match links.by_address(settings, resource) {
                Some(i) if links.instance(i).rtype == "aws_api_gateway_stage" => {
                    Key::Known(format!("ref:{resource}"))
                }
                Some(_) => Key::Elsewhere,
                None => Key::Unknown,
            }
        }
        Some(Value::String(s)) => match node.get("rest_api_id") {
            // `rest_api_id` is required; without it only the stage name says which stage.
            Some(Value::Null) | None => Key::Known(format!("stage:{s}")),
            api => match api_key(api) {
                Some(api) => Key::Known(format!("api:{api}/stage:{s}")),
                None => Key::Unknown,
            },
        },
        _ => Key::Unknown,
    }
}

/// Method settings indexed by the stage they configure.
pub fn method_settings<'w>(links: &Links<'w>) -> Related<'w> {
    Related::build(links, &["aws_api_gateway_method_settings"], |s| {
        stage_key(links, s)
    })
}

/// The method settings of a stage.
pub fn of_stage(links: &Links, index: &Related, stage: &Instance) -> Found {
    let mut keys = vec![ref_key(stage)];
    let node = stage.node();
    if let Some(Value::String(name)) = node.get("stage_name") {
        keys.push(format!("stage:{name}"));
        if let Some(api) = api_key(node.get("rest_api_id")) {
            keys.push(format!("api:{api}/stage:{name}"));
        }
    }
    index.find(links, stage, &keys)
}

/// The `settings` block of a method settings resource, if any.
pub fn settings<'a>(inst: &'a Instance) -> Option<crate::model::access::Node<'a>> {
    inst.node().child("settings")
}
