//! Shared by the network exposure rules: which ingress rules open which ports to which
//! public ranges, decided once per rule and never guessed when a value is unknown.

use crate::link::net::{self, PortRange};
use crate::link::sg::{Direction, SgRule};
use crate::model::value::Value;
use crate::rules::Checker;

/// An ingress rule open to a public range.
pub struct Open<'w> {
    pub rule: SgRule<'w>,
    pub ports: PortRange,
    pub protocol: String,
    /// The public ranges, with the path of the argument that holds each.
    pub sources: Vec<(String, String)>,
}

/// What the exposure rules know about one security group rule.
pub enum Verdict<'w> {
    /// Open to a public range on these ports.
    Open(Open<'w>),
    /// Not open to the internet.
    Closed,
    /// A port, protocol or range is unknown before apply.
    Undecided,
}

/// Decides every rule in `direction`.
pub fn verdicts<'w>(cx: &Checker<'w>, direction: Direction) -> Vec<(SgRule<'w>, Verdict<'w>)> {
    cx.links
        .sg_rules()
        .iter()
        .filter(|r| r.direction == direction)
        .cloned()
        .map(|r| {
            let v = verdict(&r);
            (r, v)
        })
        .collect()
}

fn verdict<'w>(r: &SgRule<'w>) -> Verdict<'w> {
    let mut sources = Vec::new();
    let mut unknown_source = false;
    for (arg, cidr) in &r.cidrs {
        match cidr {
            Value::String(s) if net::is_public(s) => {
                let path = if r.path.is_empty() {
                    arg.to_string()
                } else {
                    format!("{}.{arg}", r.path)
                };
                sources.push((path, s.to_string()));
            }
            // A refined unknown (`"${var.ip}/32"`, a VPC's range) that is never the
            // internet closes the source; anything else is undecided.
            Value::Unknown(u) => match net::unknown_exposure(u) {
                Some(net::Exposure::Restricted) => {}
                _ => unknown_source = true,
            },
            _ => {}
        }
    }
    if sources.is_empty() {
        return if unknown_source {
            Verdict::Undecided
        } else {
            Verdict::Closed
        };
    }
    match ports(r) {
        Ports::Unknown => Verdict::Undecided,
        // ICMP and other portless protocols.
        Ports::Portless => Verdict::Closed,
        Ports::Open(ports, protocol) => Verdict::Open(Open {
            rule: r.clone(),
            ports,
            protocol,
            sources,
        }),
    }
}

/// The ports a security group rule opens.
pub enum Ports {
    /// These ports, for this protocol as written (`-1` opens every port).
    Open(PortRange, String),
    /// A protocol without ports (ICMP).
    Portless,
    /// The protocol or a port is unknown before apply.
    Unknown,
}

/// Reads the protocol and ports of a rule: a missing port is 0 (from) or the from port (to).
pub fn ports(r: &SgRule) -> Ports {
    let protocol = match r.protocol {
        Some(Value::Unknown(_)) => return Ports::Unknown,
        Some(v) => v.to_str().map(|s| s.to_string()).unwrap_or_default(),
        None => String::new(),
    };
    let ports = if net::is_all_protocols(&protocol) {
        Some(PortRange::ALL)
    } else {
        let port = |v: Option<&Value>| -> Option<Option<i64>> {
            match v {
                Some(Value::Unknown(_)) => None,
                Some(v) => Some(v.to_number().map(|n| n as i64)),
                None => Some(None),
            }
        };
        let (Some(from), Some(to)) = (port(r.from_port), port(r.to_port)) else {
            return Ports::Unknown;
        };
        net::port_range(&protocol, from.unwrap_or(0), to.or(from).unwrap_or(65535))
    };
    match ports {
        Some(ports) => Ports::Open(ports, protocol),
        None => Ports::Portless,
    }
}

/// Runs an ingress exposure rule: `hits` says whether an open rule is this rule's problem
/// (and which port to name).
pub fn check_ingress(cx: &mut Checker, hits: impl Fn(&Open) -> Option<String>) {
    for (rule, verdict) in verdicts(cx, Direction::Ingress) {
        match verdict {
            Verdict::Undecided => cx.undecided(rule.instance),
            Verdict::Closed => cx.pass(rule.instance),
            Verdict::Open(open) => match hits(&open) {
                None => cx.pass(rule.instance),
                Some(what) => {
                    for (path, cidr) in &open.sources {
                        let group = describe_group(cx, &open.rule);
                        cx.report(
                            rule.instance,
                            path,
                            format!("{group} allows ingress from `{cidr}` to {what}"),
                        );
                    }
                }
            },
        }
    }
}

/// "security group `web` (aws_security_group.web)" or the rule resource.
pub fn describe_group(cx: &Checker, rule: &SgRule) -> String {
    let inst = cx.links.instance(rule.group.unwrap_or(rule.instance));
    let name = inst
        .node()
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string);
    match name {
        Some(n) => format!("security group `{n}`"),
        None => format!("`{}`", inst.address),
    }
}

/// Ports that hold data or administration services and must never face the internet
/// (SSH and RDP have rules of their own).
/// The ports of `list` that `ports` opens, named: "port 22 (SSH)", "ports 22 (SSH), 3389
/// (RDP)", or "1-65000 including 12 {what} (22 (SSH), ...)"; `None` when it opens none.
pub fn name_ports(ports: PortRange, list: &[(u16, &str)], what: &str) -> Option<String> {
    let hit: Vec<String> = list
        .iter()
        .filter(|(p, _)| ports.contains(*p))
        .map(|(p, name)| format!("{p} ({name})"))
        .collect();
    match hit.as_slice() {
        [] => None,
        [one] => Some(format!("port {one}")),
        many if many.len() <= 3 => Some(format!("ports {}", many.join(", "))),
        many => Some(format!(
            "{} including {} {what} ({}, ...)",
            ports.describe(),
            many.len(),
            many[..3].join(", ")
        )),
    }
}

pub const SENSITIVE_PORTS: &[(u16, &str)] = &[
    (20, "FTP data"),
    (21, "FTP"),
    (23, "Telnet"),
    (25, "SMTP"),
    (110, "POP3"),
    (135, "MSRPC"),
    (137, "NetBIOS"),
    (138, "NetBIOS"),
    (139, "NetBIOS"),
    (445, "SMB"),
    (1433, "SQL Server"),
    (1434, "SQL Server browser"),
    (1521, "Oracle"),
    (2375, "Docker API"),
    (2376, "Docker API (TLS)"),
    (2379, "etcd"),
    (3000, "Grafana/dev servers"),
    (3306, "MySQL"),
    (4333, "mSQL"),
    (5000, "Docker registry/dev servers"),
    (5432, "PostgreSQL"),
    (5500, "VNC"),
    (5601, "Kibana"),
    (5672, "RabbitMQ"),
    (5900, "VNC"),
    (6379, "Redis"),
    (7001, "Cassandra"),
    (8020, "HDFS"),
    (8086, "InfluxDB"),
    (8888, "Jupyter"),
    (9042, "Cassandra"),
    (9092, "Kafka"),
    (9200, "Elasticsearch"),
    (9300, "Elasticsearch"),
    (11211, "Memcached"),
    (27017, "MongoDB"),
    (27018, "MongoDB"),
    (50070, "HDFS"),
];
