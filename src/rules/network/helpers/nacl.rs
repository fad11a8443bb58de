//! Shared by the network ACL rules: inbound allow entries open to the internet, from
//! `aws_network_acl_rule` and from inline `ingress` blocks of (default) network ACLs, each
//! with the lower-numbered deny entries of the same ACL that take precedence over it.
//!
//! A network ACL evaluates its entries in rule-number order and the first that matches
//! decides, so an allow is effective only for the traffic no lower-numbered deny matches.
//! Inline entries and `aws_network_acl_rule`s of one ACL (by reference, or by the same
//! literal `network_acl_id`) are read together; a rule whose ACL cannot be traced is judged
//! on its own.

use rustc_hash::FxHashMap as HashMap;

use crate::link::Target;
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
    protocol: String,
    /// The lower-numbered denies of the same ACL whose range covers `cidr`.
    denies: Vec<Deny>,
    /// Some lower-numbered entry (or this entry's number) is unknown: a deny may come first.
    order_unknown: bool,
}

/// A deny entry, as far as it can take precedence.
#[derive(Clone, Copy)]
struct Deny {
    ports: PortRange,
    /// `-1`/`all`: every protocol.
    all_protocols: bool,
    tcp: bool,
    /// The protocol, numbers for names (`tcp` is `6`).
    protocol: &'static str,
}

impl OpenEntry {
    /// Whether TCP traffic to `port` from the whole range is denied before this entry:
    /// `Some(true)` denied, `Some(false)` let through, `None` unknown.
    pub fn tcp_denied(&self, port: u16) -> Option<bool> {
        if self
            .denies
            .iter()
            .any(|d| (d.all_protocols || d.tcp) && d.ports.contains(port))
        {
            Some(true)
        } else if self.order_unknown {
            None
        } else {
            Some(false)
        }
    }

    /// Whether everything this entry allows is denied before it.
    pub fn all_denied(&self) -> Option<bool> {
        let same = |d: &Deny| {
            d.all_protocols
                || (!net::is_all_protocols(&self.protocol) && d.protocol == proto(&self.protocol))
        };
        if self
            .denies
            .iter()
            .any(|d| same(d) && d.ports.from <= self.ports.from && self.ports.to <= d.ports.to)
        {
            Some(true)
        } else if self.order_unknown {
            None
        } else {
            Some(false)
        }
    }
}

fn is_tcp(protocol: &str) -> bool {
    proto(protocol) == "6"
}

/// The protocols with ports, by number.
fn proto(protocol: &str) -> &'static str {
    match protocol {
        "tcp" | "6" => "6",
        "udp" | "17" => "17",
        _ => "",
    }
}

/// What one entry says.
pub enum Entry {
    Open(OpenEntry),
    Closed,
    Undecided,
}

/// One inbound entry as written, before judging.
struct Raw<'w> {
    instance: usize,
    path: String,
    node: Node<'w>,
    action_arg: &'static str,
    /// `None`: unknown or not a number.
    number: Option<f64>,
}

fn entry(raw: &Raw) -> Entry {
    let node = raw.node;
    let action = node.get(raw.action_arg);
    match action {
        Some(Value::Unknown(_)) => return Entry::Undecided,
        Some(Value::String(a)) if a.eq_ignore_ascii_case("allow") => {}
        _ => return Entry::Closed,
    }
    let mut cidr = None;
    for arg in ["cidr_block", "ipv6_cidr_block"] {
        match node.get(arg) {
            Some(Value::Unknown(u))
                if net::unknown_exposure(u) == Some(net::Exposure::Restricted) => {}
            Some(Value::Unknown(_)) => return Entry::Undecided,
            Some(Value::String(c)) if net::is_public(c) => cidr = Some((arg, c.to_string())),
            _ => {}
        }
    }
    let Some((arg, cidr)) = cidr else {
        return Entry::Closed;
    };
    let Some((protocol, ports)) = protocol_ports(node) else {
        return Entry::Undecided;
    };
    match ports {
        Some(ports) => Entry::Open(OpenEntry {
            instance: raw.instance,
            path: if raw.path.is_empty() {
                arg.to_string()
            } else {
                format!("{}.{arg}", raw.path)
            },
            cidr,
            ports,
            protocol,
            denies: Vec::new(),
            order_unknown: false,
        }),
        None => Entry::Closed,
    }
}

/// The entry's protocol (lower case) and the ports it matches (`None` for protocols
/// without ports); `None` when something is unknown.
fn protocol_ports(node: Node) -> Option<(String, Option<PortRange>)> {
    let protocol = match node.get("protocol") {
        Some(Value::Unknown(_)) => return None,
        Some(v) => v
            .to_str()
            .map(|s| s.trim().to_ascii_lowercase())
            .unwrap_or_default(),
        None => String::new(),
    };
    if [node.get("from_port"), node.get("to_port")]
        .iter()
        .any(|v| v.is_some_and(Value::is_unknown))
    {
        return None;
    }
    let port = |name: &str| node.get(name).and_then(Value::to_number).map(|n| n as i64);
    let ports = net::port_range(
        &protocol,
        port("from_port").unwrap_or(0),
        port("to_port").unwrap_or(65535),
    );
    Some((protocol, ports))
}

/// What a lower-numbered entry means for an allow of `cidr`: a deny that covers it, nothing,
/// or unknown.
fn as_deny(raw: &Raw, cidr: &str) -> Result<Option<Deny>, ()> {
    let node = raw.node;
    match node.get(raw.action_arg) {
        Some(Value::Unknown(_)) => return Err(()),
        Some(Value::String(a)) if a.eq_ignore_ascii_case("deny") => {}
        _ => return Ok(None),
    }
    let mut covering = false;
    for arg in ["cidr_block", "ipv6_cidr_block"] {
        match node.get(arg) {
            Some(Value::Unknown(_)) => return Err(()),
            Some(Value::String(c)) if net::covers(c, cidr) => covering = true,
            _ => {}
        }
    }
    if !covering {
        return Ok(None);
    }
    let (protocol, ports) = protocol_ports(node).ok_or(())?;
    Ok(ports.map(|ports| Deny {
        ports,
        all_protocols: net::is_all_protocols(&protocol),
        tcp: is_tcp(&protocol),
        protocol: proto(&protocol),
    }))
}

/// The ACL an entry belongs to: an instance, a literal id, or none known.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Acl {
    Instance(usize),
    Literal(std::sync::Arc<str>, String),
}

fn number(v: Option<&Value>) -> Option<f64> {
    v.and_then(Value::as_number)
}

/// Every inbound entry of the workspace, open ones with the denies that come before them.
pub fn inbound(cx: &Checker) -> Vec<(usize, Entry)> {
    let links = cx.links;
    let mut raws: Vec<Raw> = Vec::new();
    let mut acls: Vec<Option<Acl>> = Vec::new();
    let mut out = Vec::new();
    let mut skipped: Vec<usize> = Vec::new();
    for (i, inst) in cx.resources("aws_network_acl_rule") {
        let node = inst.node();
        match node.get("egress") {
            Some(Value::Bool(true)) => continue,
            Some(Value::Unknown(_)) => {
                skipped.push(i);
                continue;
            }
            _ => {}
        }
        let acl = node.get("network_acl_id").and_then(|v| {
            match links.resolve(inst, v, &["aws_network_acl", "aws_default_network_acl"]) {
                Target::Instance(a) => Some(Acl::Instance(a)),
                Target::External => v
                    .as_str()
                    .map(|s| Acl::Literal(inst.root.clone(), s.to_string())),
                Target::Unknown => None,
            }
        });
        raws.push(Raw {
            instance: i,
            path: String::new(),
            node,
            action_arg: "rule_action",
            number: number(node.get("rule_number")),
        });
        acls.push(acl);
    }
    for rtype in ["aws_network_acl", "aws_default_network_acl"] {
        for (i, inst) in cx.resources(rtype) {
            for (n, rule) in inst.node().children("ingress").into_iter().enumerate() {
                raws.push(Raw {
                    instance: i,
                    path: format!("ingress[{n}]"),
                    node: rule,
                    action_arg: "action",
                    number: number(rule.get("rule_no")),
                });
                acls.push(Some(Acl::Instance(i)));
            }
        }
    }
    // The entries of each ACL, by index into `raws`.
    let mut members: HashMap<&Acl, Vec<usize>> = HashMap::default();
    for (n, acl) in acls.iter().enumerate() {
        if let Some(acl) = acl {
            members.entry(acl).or_default().push(n);
        }
    }
    for (n, raw) in raws.iter().enumerate() {
        let mut e = entry(raw);
        if let Entry::Open(open) = &mut e {
            let mates: &[usize] = acls[n]
                .as_ref()
                .and_then(|a| members.get(a))
                .map_or(&[], Vec::as_slice);
            for &m in mates.iter().filter(|&&m| m != n) {
                let other = &raws[m];
                let before = match (raw.number, other.number) {
                    (Some(a), Some(b)) => b < a,
                    _ => {
                        // Without both numbers the order is unknown: only a deny matters.
                        if !matches!(as_deny(other, &open.cidr), Ok(None)) {
                            open.order_unknown = true;
                        }
                        continue;
                    }
                };
                if !before {
                    continue;
                }
                match as_deny(other, &open.cidr) {
                    Ok(Some(d)) => open.denies.push(d),
                    Ok(None) => {}
                    Err(()) => open.order_unknown = true,
                }
            }
        }
        out.push((raw.instance, e));
    }
    out.extend(skipped.into_iter().map(|i| (i, Entry::Undecided)));
    out
}
