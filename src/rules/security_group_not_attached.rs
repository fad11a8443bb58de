//! TFG-NET-010: a security group nothing uses.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::eval::value::{Unknown, Value};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-NET-010",
    name: "security-group-not-attached",
    title: "Security group is not attached to any resource",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &["CKV2_AWS_5", "4849211b-ac39-479e-ae78-5694d506cb24"],
    compliance: &["SOC2:CC8.1", "NIST:CM-8", "NIST:CM-7"],
    controls: &["SG defined but not attached"],
    resources: &["aws_security_group"],
    fixable: false,
    doc: include_str!("../../rules/TFG-NET-010.md"),
    check,
};

/// Resource types that only define rules of a group; pointing at a group is not using it.
const RULE_TYPES: &[&str] = &[
    "aws_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
];

/// Collects the resources referenced by unknowns inside a value, and whether an untraceable
/// unknown sits in an argument that could hold security group ids.
fn scan(v: &Value, key: &str, used: &mut std::collections::HashSet<String>, opaque: &mut bool) {
    match v {
        Value::Unknown(Unknown::Attribute { resource, .. }) => {
            used.insert(resource.to_string());
        }
        Value::Unknown(_) => *opaque |= key.contains("security_group"),
        Value::List(items) | Value::Set(items) => {
            items.iter().for_each(|i| scan(i, key, used, opaque))
        }
        Value::Object(o) => o.fields.iter().for_each(|(k, i)| {
            scan(
                i,
                if key.contains("security_group") {
                    key
                } else {
                    k
                },
                used,
                opaque,
            )
        }),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let mut used = std::collections::HashSet::new();
    let mut opaque_roots = std::collections::HashSet::new();
    for inst in &links.ws.instances {
        if RULE_TYPES.contains(&inst.rtype.as_str()) {
            continue;
        }
        let mut opaque = false;
        for (k, a) in &inst.body.attrs {
            scan(&a.value, k, &mut used, &mut opaque);
        }
        for b in &inst.body.blocks {
            scan(&b.body.to_value(None), &b.kind, &mut used, &mut opaque);
        }
        if opaque {
            opaque_roots.insert(inst.root.clone());
        }
    }
    for (g, group) in cx.resources("aws_security_group") {
        if used.contains(&group.address) {
            cx.pass(g);
        } else if opaque_roots.contains(&group.root) {
            cx.undecided(g);
        } else {
            cx.report(
                g,
                "",
                format!(
                    "{} is not used by any resource in this configuration",
                    label(group)
                ),
            );
        }
    }
}
