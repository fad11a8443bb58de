//! Shared by the rules on administration and database ports open to IPv4 ranges that are not
//! the internet but are still wider than such a port needs: a wide private range (TFG-NET-020)
//! and a small public one (TFG-NET-021). Ranges the internet rules judge (`0.0.0.0/0`, wide
//! public blocks) are theirs alone: a range another source of the same rule already covers is
//! not reported again.

use crate::link::net::{self, PortRange};
use crate::link::sg::{Direction, SgRule};
use crate::model::value::{Unknown, Value};
use crate::rules::Checker;

use super::exposure::{Ports, describe_group, name_ports, ports};

/// Which kind of range a rule looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// A private range wider than any VPC (a prefix shorter than /16) or a whole RFC 1918
    /// block.
    WidePrivate,
    /// A public range of 8 to 65,536 addresses (/16 to /29): narrower than what the internet
    /// rules count as the internet, wider than a few named hosts.
    SmallPublic,
}

/// The shortest prefix of an AWS VPC CIDR block: a VPC holds at most a /16.
pub const VPC_MAX_PREFIX: u8 = 16;
/// The longest public prefix that still counts as a network rather than a few hosts.
pub const SMALL_PUBLIC_MAX_PREFIX: u8 = 29;

/// Administration and data-store ports: a shell, a desktop, a file share or a database behind
/// them. Web, mail, DNS and messaging ports are left out: many internal clients reach them by
/// design. The number is matched whatever the protocol (TCP or UDP), as the internet rules do.
pub const ADMIN_DATA_PORTS: &[(u16, &str)] = &[
    (21, "FTP"),
    (22, "SSH"),
    (23, "Telnet"),
    (135, "MSRPC"),
    (137, "NetBIOS"),
    (138, "NetBIOS"),
    (139, "NetBIOS"),
    (161, "SNMP"),
    (445, "SMB"),
    (1433, "SQL Server"),
    (1434, "SQL Server browser"),
    (1521, "Oracle"),
    (2375, "Docker API"),
    (2376, "Docker API (TLS)"),
    (2379, "etcd"),
    (2383, "SQL Server Analysis Services"),
    (3306, "MySQL"),
    (3389, "RDP"),
    (5432, "PostgreSQL"),
    (5500, "VNC"),
    (5900, "VNC"),
    (5985, "WinRM"),
    (5986, "WinRM (TLS)"),
    (6379, "Redis"),
    (9042, "Cassandra"),
    (9200, "Elasticsearch"),
    (9300, "Elasticsearch"),
    (11211, "Memcached"),
    (27017, "MongoDB"),
    (27018, "MongoDB"),
];

/// What a known range is to these rules, with the reason shown in the message; `None` for
/// IPv6, text that does not parse, the internet, and ranges of neither kind.
pub fn reach(cidr: &str) -> Option<(Reach, String)> {
    let n = net::parse_v4(cidr)?;
    if let Some(block) = net::rfc1918_block(&n) {
        return if n == block {
            Some((Reach::WidePrivate, "a whole RFC 1918 block".to_string()))
        } else if n.prefix_len() < VPC_MAX_PREFIX {
            Some((
                Reach::WidePrivate,
                format!(
                    "a private /{}, wider than any VPC: AWS allows at most a /16",
                    n.prefix_len()
                ),
            ))
        } else {
            None
        };
    }
    let small = (VPC_MAX_PREFIX..=SMALL_PUBLIC_MAX_PREFIX).contains(&n.prefix_len());
    (small && net::v4_is_public(&n)).then(|| {
        let count = 1u64 << (32 - u32::from(n.prefix_len()));
        (Reach::SmallPublic, format!("{count} public addresses"))
    })
}

/// True when an unknown IPv4 range might turn out to be of kind `want`: a template's known
/// prefix length can rule it out (`"${var.office}/32"`), and a VPC's or subnet's own range is
/// the VPC itself, never a wider network nor someone else's.
fn may_reach(u: &Unknown, want: Reach) -> bool {
    match u {
        Unknown::Attribute { .. } => net::unknown_exposure(u).is_none(),
        Unknown::Template { text, holes } => {
            let len: Option<u8> = holes
                .last()
                .and_then(|&h| text.get(h..))
                .and_then(|suffix| suffix.strip_prefix('/'))
                .and_then(|l| l.parse().ok());
            match (len, want) {
                (None, _) => true,
                (Some(len), Reach::WidePrivate) => len <= VPC_MAX_PREFIX,
                (Some(len), Reach::SmallPublic) => {
                    (VPC_MAX_PREFIX..=SMALL_PUBLIC_MAX_PREFIX).contains(&len)
                }
            }
        }
        Unknown::Variable { .. } | Unknown::Encoded { .. } | Unknown::Text | Unknown::Other => true,
    }
}

/// "port 22 (SSH)", "ports 20-60 including 3 administration or database ports (...)", or
/// `None` when the ports hold none of [`ADMIN_DATA_PORTS`].
pub fn describe_ports(ports: PortRange) -> Option<String> {
    if ports.is_all() {
        return Some("all ports, SSH, RDP and every database port among them".to_string());
    }
    name_ports(ports, ADMIN_DATA_PORTS, "administration or database ports")
}

/// Judges every ingress rule for ranges of kind `want`.
pub fn check(cx: &mut Checker, want: Reach) {
    let rules: Vec<SgRule> = cx
        .links
        .sg_rules()
        .iter()
        .filter(|r| r.direction == Direction::Ingress)
        .cloned()
        .collect();
    for rule in rules {
        let known: Vec<&str> = rule.cidrs.iter().filter_map(|(_, v)| v.as_str()).collect();
        let mut hits = Vec::new();
        let mut unknown = false;
        for (arg, cidr) in &rule.cidrs {
            if !matches!(*arg, "cidr_blocks" | "cidr_ipv4") {
                continue;
            }
            match cidr {
                Value::String(s) => {
                    let Some((kind, why)) = reach(s) else {
                        continue;
                    };
                    // `0.0.0.0/0` beside it is the internet rules' finding, and says more.
                    let covered = known.iter().any(|o| net::is_public(o) && net::covers(o, s));
                    if kind == want && !covered {
                        let path = if rule.path.is_empty() {
                            arg.to_string()
                        } else {
                            format!("{}.{arg}", rule.path)
                        };
                        hits.push((path, s.to_string(), why));
                    }
                }
                Value::Unknown(u) => unknown |= may_reach(u, want),
                _ => {}
            }
        }
        if hits.is_empty() {
            if unknown {
                cx.undecided(rule.instance);
            } else {
                cx.pass(rule.instance);
            }
            continue;
        }
        let what = match ports(&rule) {
            Ports::Unknown => {
                cx.undecided(rule.instance);
                continue;
            }
            Ports::Portless => None,
            Ports::Open(range, _) => describe_ports(range),
        };
        let Some(what) = what else {
            cx.pass(rule.instance);
            continue;
        };
        // One argument holds every IPv4 range of a rule: one finding names them all.
        let group = describe_group(cx, &rule);
        let sources: Vec<String> = hits
            .iter()
            .map(|(_, cidr, why)| format!("`{cidr}` ({why})"))
            .collect();
        cx.report(
            rule.instance,
            &hits[0].0,
            format!(
                "{group} allows ingress from {} to {what}",
                sources.join(" and ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let cases: &[(&str, Option<Reach>)] = &[
            ("10.0.0.0/8", Some(Reach::WidePrivate)),
            ("172.16.0.0/12", Some(Reach::WidePrivate)),
            ("192.168.0.0/16", Some(Reach::WidePrivate)),
            ("10.0.0.0/12", Some(Reach::WidePrivate)),
            ("10.0.0.0/16", None),
            ("172.31.0.0/16", None),
            ("192.168.1.0/24", None),
            ("10.92.168.0/28", None),
            ("0.0.0.0/0", None),
            ("52.0.0.0/8", None),
            ("52.14.0.0/16", Some(Reach::SmallPublic)),
            ("12.0.0.0/25", Some(Reach::SmallPublic)),
            ("1.2.3.0/29", Some(Reach::SmallPublic)),
            ("1.2.3.0/30", None),
            ("203.0.113.10/32", None),
            ("100.64.0.0/16", None),
            ("0.0.0.0/28", None),
            ("fd00::/8", None),
            ("not a range", None),
        ];
        for (cidr, want) in cases {
            assert_eq!(reach(cidr).map(|(r, _)| r), *want, "{cidr}");
        }
    }
}
