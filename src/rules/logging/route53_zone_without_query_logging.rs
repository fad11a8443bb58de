//! TFG-LOG-014: a public Route 53 hosted zone logs no DNS queries.

use super::helpers::companion::require;
use super::helpers::related::{Related, key_of};
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-014",
    name: "route53-zone-without-query-logging",
    title: "Public Route 53 hosted zone logs no DNS queries",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV2_AWS_39", "7dbba512-e244-42dc-98bb-422339827967"],
    compliance: &[
        "SOC2:CC7.2",
        "NIST:AU-2",
        "NIST:AU-12",
        "NIST:SI-4",
        "ISO27001:A.8.15",
    ],
    controls: &["Route 53 public hosted zone query logging"],
    resources: &["aws_route53_zone", "aws_route53_query_log"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-014.md"),
    check,
};

const ZONE: &[&str] = &["aws_route53_zone"];

fn check(cx: &mut Checker) {
    let links = cx.links;
    // A zone id is assigned by AWS: a literal one names nothing declared here.
    let index = Related::build(links, &["aws_route53_query_log"], |q| {
        key_of(links, q, q.node().get("zone_id"), ZONE, |_| None)
    });
    require(
        cx,
        "aws_route53_zone",
        &index,
        &[],
        // Private zones (a `vpc` block) log through Resolver query logging instead.
        |zone| {
            let vpcs = zone.node().children("vpc");
            match zone.node().get("vpc") {
                Some(Value::Unknown(_)) if vpcs.is_empty() => None,
                _ => Some(vpcs.is_empty()),
            }
        },
        "has no `aws_route53_query_log`: the DNS queries it answers leave no trace",
    );
}
