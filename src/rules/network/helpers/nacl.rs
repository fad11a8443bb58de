//! Shared by the network ACL rules: inbound allow rules open to the internet, from
//! `aws_network_acl_rule` and from inline `ingress` blocks of (default) network ACLs.

use crate::link::net::{self, PortRange};
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::Checker;

/// An inbound allow entry from a public range.
pub struct OpenEntry {
    pub instance: usize,
    pub path: String,
    pub cidr: String,
    pub ports: PortRange,
}

/// What one entry says.
pub enum Entry {
    Open(OpenEntry),
    Closed,
    Undecided,
}

fn entry(instance: usize, path: String, node: Node, action_arg: &str) -> Entry {
    let action = node.get(action_arg);
    match action {
        Some(Value::Unknown(_)) => return Entry::Undecided,
        Some(Value::String(a)) if a.eq_ignore_ascii_case("allow") => {}
        _ => return Entry::Closed,
    }
    let mut cidr = None;
    for arg in ["cidr_block", "ipv6_cidr_block"] {
        match node.get(arg) {
            Some(Value::Unknown(_)) => return Entry::Undecided,
            Some(Value::String(c)) if net::is_public(c) => cidr = Some((arg, c.to_string())),
            _ => {}
        }
    }
    let Some((arg, cidr)) = cidr else {
        return Entry::Closed;
    };
    let protocol = match node.get("protocol") {
        Some(Value::Unknown(_)) => return Entry::Undecided,
        Some(v) => v.to_str().map(|s| s.to_string()).unwrap_or_default(),
        None => String::new(),
    };
    let port = |name: &str| node.get(name).and_then(Value::to_number).map(|n| n as i64);
    if [node.get("from_port"), node.get("to_port")]
        .iter()
        .any(|v| v.is_some_and(Value::is_unknown))
    {
        return Entry::Undecided;
    }
    let ports = net::port_range(
        &protocol,
        port("from_port").unwrap_or(0),
        port("to_port").unwrap_or(65535),
    );
    match ports {
        Some(ports) => Entry::Open(OpenEntry {
            instance,
            path: if path.is_empty() {
                arg.to_string()
            } else {
                format!("{path}.{arg}")
            },
            cidr,
            ports,
        }),
        None => Entry::Closed,
    }
}

/// Every inbound entry of the workspace.
pub fn inbound(cx: &Checker) -> Vec<(usize, Entry)> {
    let mut out = Vec::new();
    for (i, inst) in cx.resources("aws_network_acl_rule") {
        let node = inst.node();
        match node.get("egress") {
            Some(Value::Bool(true)) => continue,
            Some(Value::Unknown(_)) => {
                out.push((i, Entry::Undecided));
                continue;
            }
            _ => {}
        }
        out.push((i, entry(i, String::new(), node, "rule_action")));
    }
    for rtype in ["aws_network_acl", "aws_default_network_acl"] {
        for (i, inst) in cx.resources(rtype) {
            for (n, rule) in inst.node().children("ingress").into_iter().enumerate() {
                out.push((i, entry(i, format!("ingress[{n}]"), rule, "action")));
            }
        }
    }
    out
}
