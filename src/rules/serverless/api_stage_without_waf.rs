//! TFG-SLS-021: API Gateway REST stage without a web ACL.

use crate::finding::Severity;
use crate::link::Target;
use crate::model::value::Value;
use crate::rules::serverless::helpers::index::Pointers;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-021",
    name: "api-stage-without-waf",
    title: "API Gateway REST stage is not protected by a web ACL",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV2_AWS_29", "a186e82c-1078-4a7b-85d8-579561fde884"],
    compliance: &[
        "SOC2:CC6.6",
        "SOC2:CC7.1",
        "NIST:SC-7",
        "NIST:SI-4",
        "ISO27001:A.8.20",
    ],
    controls: &["API Gateway stage associated with WAF"],
    resources: &["aws_api_gateway_stage"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-021.md"),
    check,
};

/// The association resources that put a web ACL in front of a stage.
pub const ASSOCIATIONS: &[&str] = &[
    "aws_wafv2_web_acl_association",
    "aws_wafregional_web_acl_association",
];

fn check(cx: &mut Checker) {
    let links = cx.links;
    let acls = Pointers::build(
        links,
        ASSOCIATIONS,
        "resource_arn",
        &["aws_api_gateway_stage"],
    );
    for (i, inst) in cx.resources("aws_api_gateway_stage") {
        if !acls.of(i).is_empty() {
            cx.pass(i);
            continue;
        }
        // A private API is reachable only from VPC endpoints: no internet traffic to filter.
        let api = inst.node().get("rest_api_id").map_or(Target::Unknown, |v| {
            links.resolve(inst, v, &["aws_api_gateway_rest_api"])
        });
        let Target::Instance(a) = api else {
            cx.undecided(i);
            continue;
        };
        match endpoint_types(links.instance(a)) {
            None => {
                cx.undecided(i);
                continue;
            }
            Some(types) if types.iter().any(|t| t == "PRIVATE") => {
                cx.pass(i);
                continue;
            }
            Some(_) => {}
        }
        if acls.unlinked_in(&inst.root) {
            cx.undecided(i);
            continue;
        }
        cx.report(
            i,
            "",
            format!(
                "`{}` has no `aws_wafv2_web_acl_association`: requests reach the API without web ACL filtering",
                inst.address
            ),
        );
    }
}

/// The endpoint types of a REST API (`EDGE` when unset), `None` when unknown.
pub fn endpoint_types(api: &crate::model::Instance) -> Option<Vec<String>> {
    let Some(cfg) = api.node().child("endpoint_configuration") else {
        return Some(vec!["EDGE".to_string()]);
    };
    match cfg.get("types") {
        None | Some(Value::Null) => Some(vec!["EDGE".to_string()]),
        Some(v) => {
            let items = v.as_seq()?;
            items
                .iter()
                .map(|t| t.as_str().map(str::to_string))
                .collect()
        }
    }
}
