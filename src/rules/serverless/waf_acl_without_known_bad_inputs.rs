//! TFG-SLS-024: web ACL in front of an API without the Known Bad Inputs managed rules.

use crate::finding::Severity;
use crate::link::Target;
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::serverless::helpers::index::Pointers;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-024",
    name: "waf-acl-without-known-bad-inputs",
    title: "Web ACL protecting an API lacks the AWS Known Bad Inputs (Log4j) managed rules",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV2_AWS_77", "CKV2_AWS_78"],
    compliance: &[
        "SOC2:CC6.6",
        "SOC2:CC7.1",
        "NIST:SI-3",
        "NIST:SI-10",
        "ISO27001:A.8.20",
    ],
    controls: &[
        "WAFv2 ACL on API Gateway / AppSync includes Known-Bad-Inputs (Log4j) managed rules",
    ],
    resources: &[
        "aws_api_gateway_stage",
        "aws_apigatewayv2_api",
        "aws_appsync_graphql_api",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-024.md"),
    check,
};

const PROTECTED: &[&str] = &[
    "aws_api_gateway_stage",
    "aws_apigatewayv2_api",
    "aws_appsync_graphql_api",
];

const KNOWN_BAD_INPUTS: &str = "AWSManagedRulesKnownBadInputsRuleSet";

/// Whether the web ACL runs the Known Bad Inputs rule group; `None` when a rule group name
/// is unknown.
fn has_known_bad_inputs(acl: &Instance) -> Option<bool> {
    let mut unknown = false;
    for rule in acl.node().children("rule") {
        for statement in rule.children("statement") {
            for group in statement.children("managed_rule_group_statement") {
                match group.get("name") {
                    Some(Value::String(n)) if &**n == KNOWN_BAD_INPUTS => return Some(true),
                    Some(Value::Unknown(_)) => unknown = true,
                    _ => {}
                }
            }
        }
    }
    if unknown { None } else { Some(false) }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let associations = Pointers::build(
        links,
        &["aws_wafv2_web_acl_association"],
        "resource_arn",
        PROTECTED,
    );
    for &t in PROTECTED {
        for (i, inst) in cx.resources(t) {
            let mut unknown = false;
            let mut found = Vec::new();
            for &a in associations.of(i) {
                let assoc = links.instance(a);
                let acl = assoc
                    .node()
                    .get("web_acl_arn")
                    .map_or(Target::Unknown, |v| {
                        links.resolve(assoc, v, &["aws_wafv2_web_acl"])
                    });
                let Target::Instance(acl) = acl else {
                    unknown = true;
                    continue;
                };
                let acl = links.instance(acl);
                match has_known_bad_inputs(acl) {
                    Some(true) => {}
                    None => unknown = true,
                    Some(false) => found.push((
                        i,
                        String::new(),
                        format!(
                            "`{}` is protected by web ACL `{}`, which does not run the `{KNOWN_BAD_INPUTS}` managed rule group: request patterns such as Log4j (CVE-2021-44228) exploits pass the web ACL",
                            inst.address, acl.address
                        ),
                    )),
                }
            }
            cx.settle(i, unknown, found);
        }
    }
}
