//! Security group rules, normalised from the three ways to write them: inline
//! `ingress`/`egress` blocks of `aws_security_group` (and `aws_default_security_group`),
//! `aws_security_group_rule`, and `aws_vpc_security_group_ingress_rule`/`_egress_rule`.

use super::{Links, Target};
use crate::model::access::Node;
use crate::model::value::Value;

/// Inbound or outbound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ingress,
    Egress,
}

/// One rule, whichever resource wrote it.
#[derive(Clone, Debug)]
pub struct SgRule<'w> {
    pub direction: Direction,
    /// The instance that holds the rule (the group for inline rules).
    pub instance: usize,
    /// The group the rule belongs to, when it can be linked.
    pub group: Option<usize>,
    /// Path of the rule inside its instance (`ingress[1]`), empty for rule resources.
    pub path: String,
    pub protocol: Option<&'w Value>,
    pub from_port: Option<&'w Value>,
    pub to_port: Option<&'w Value>,
    /// IPv4 and IPv6 source (or destination) ranges, with the argument each came from.
    pub cidrs: Vec<(&'static str, &'w Value)>,
    pub description: Option<&'w Value>,
    /// The group is `aws_default_security_group`.
    pub default_group: bool,
}

/// Every security group rule of the workspace.
pub fn rules<'w>(links: &Links<'w>) -> Vec<SgRule<'w>> {
    let mut out = Vec::new();
    for rtype in ["aws_security_group", "aws_default_security_group"] {
        for &g in links.of_type(rtype) {
            let inst = links.instance(g);
            for (direction, kind) in [
                (Direction::Ingress, "ingress"),
                (Direction::Egress, "egress"),
            ] {
                for (n, rule) in inst.node().children(kind).into_iter().enumerate() {
                    out.push(SgRule {
                        direction,
                        instance: g,
                        group: Some(g),
                        path: format!("{kind}[{n}]"),
                        protocol: rule.get("protocol"),
                        from_port: rule.get("from_port"),
                        to_port: rule.get("to_port"),
                        cidrs: cidrs(&rule, &["cidr_blocks", "ipv6_cidr_blocks"]),
                        description: rule.get("description"),
                        default_group: rtype == "aws_default_security_group",
                    });
                }
            }
        }
    }
    let groups = ["aws_security_group", "aws_default_security_group"];
    for &r in links.of_type("aws_security_group_rule") {
        let inst = links.instance(r);
        let node = inst.node();
        let direction = match node.get("type").and_then(Value::as_str) {
            Some("egress") => Direction::Egress,
            _ => Direction::Ingress,
        };
        let group = group_of(links, r, node.get("security_group_id"), &groups);
        out.push(SgRule {
            direction,
            instance: r,
            group,
            path: String::new(),
            protocol: node.get("protocol"),
            from_port: node.get("from_port"),
            to_port: node.get("to_port"),
            cidrs: cidrs(&node, &["cidr_blocks", "ipv6_cidr_blocks"]),
            description: node.get("description"),
            default_group: group
                .is_some_and(|g| links.instance(g).rtype == "aws_default_security_group"),
        });
    }
    for (rtype, direction) in [
        ("aws_vpc_security_group_ingress_rule", Direction::Ingress),
        ("aws_vpc_security_group_egress_rule", Direction::Egress),
    ] {
        for &r in links.of_type(rtype) {
            let inst = links.instance(r);
            let node = inst.node();
            let group = group_of(links, r, node.get("security_group_id"), &groups);
            out.push(SgRule {
                direction,
                instance: r,
                group,
                path: String::new(),
                protocol: node.get("ip_protocol"),
                from_port: node.get("from_port"),
                to_port: node.get("to_port"),
                cidrs: cidrs(&node, &["cidr_ipv4", "cidr_ipv6"]),
                description: node.get("description"),
                default_group: group
                    .is_some_and(|g| links.instance(g).rtype == "aws_default_security_group"),
            });
        }
    }
    out
}

fn group_of(links: &Links, from: usize, pointer: Option<&Value>, types: &[&str]) -> Option<usize> {
    let inst = links.instance(from);
    match links.resolve(inst, pointer.unwrap_or(&Value::Null), types) {
        Target::Instance(g) => Some(g),
        Target::Unknown | Target::External => None,
    }
}

/// The CIDR values of the named arguments: each list element (or the single value).
fn cidrs<'w>(node: &Node<'w>, names: &[&'static str]) -> Vec<(&'static str, &'w Value)> {
    let mut out = Vec::new();
    for &name in names {
        match node.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::List(items) | Value::Set(items)) => {
                out.extend(items.iter().map(|v| (name, v)))
            }
            Some(v) => out.push((name, v)),
        }
    }
    out
}
