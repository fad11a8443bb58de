//! Network maths for exposure rules: which CIDR ranges count as "the internet", and which
//! ports a rule opens.
//!
//! A range is public when it is `0.0.0.0/0` or `::/0`, or when it contains more public
//! (globally routable) address space than [`PUBLIC_V4_MIN_PREFIX`] / [`PUBLIC_V6_MIN_PREFIX`]
//! allow: `52.0.0.0/8` is the internet to a security engineer, an office's
//! `203.0.113.10/32` is not. Private, shared, loopback, link-local and documentation ranges
//! are never public.

use std::net::{Ipv4Addr, Ipv6Addr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

use crate::model::value::Unknown;

/// An IPv4 range with a prefix shorter than this (more than 65,536 addresses) that
/// includes public address space counts as open to the internet.
pub const PUBLIC_V4_MIN_PREFIX: u8 = 16;
/// An IPv6 range with a prefix shorter than this that includes public space counts as open.
pub const PUBLIC_V6_MIN_PREFIX: u8 = 32;

/// How exposed a source range is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exposure {
    /// Private, reserved or a small public range.
    Restricted,
    /// A wide public range such as `52.0.0.0/8`.
    WidePublic,
    /// Everything: `0.0.0.0/0` or `::/0`.
    Everyone,
}

/// Classifies a CIDR string; `None` when it does not parse.
pub fn exposure(cidr: &str) -> Option<Exposure> {
    let net: IpNet = cidr.trim().parse().ok().or_else(|| {
        // A bare address is a /32 or /128.
        cidr.trim()
            .parse::<std::net::IpAddr>()
            .ok()
            .map(IpNet::from)
    })?;
    let net = net.trunc();
    Some(match net {
        IpNet::V4(n) if n.prefix_len() == 0 => Exposure::Everyone,
        IpNet::V6(n) if n.prefix_len() == 0 => Exposure::Everyone,
        IpNet::V4(n) => {
            if n.prefix_len() < PUBLIC_V4_MIN_PREFIX && !v4_within_reserved(&n) {
                Exposure::WidePublic
            } else {
                Exposure::Restricted
            }
        }
        IpNet::V6(n) => {
            if n.prefix_len() < PUBLIC_V6_MIN_PREFIX && !v6_within_reserved(&n) {
                Exposure::WidePublic
            } else {
                Exposure::Restricted
            }
        }
    })
}

/// What is known of an unknown range: a template's known prefix length (`"${var.ip}/32"` is
/// one address, `"${x}/0"` everyone), or a VPC's or subnet's own range (at most a /16, never
/// the internet). `None` when nothing is known.
pub fn unknown_exposure(u: &Unknown) -> Option<Exposure> {
    match u {
        Unknown::Template { text, holes } => {
            // The known text after the last unknown part.
            let suffix = text.get(*holes.last()?..)?;
            let len: u8 = suffix.strip_prefix('/')?.parse().ok()?;
            let known = text;
            let v6 = known.contains(':');
            let v4 = known.contains('.') && !v6;
            if len == 0 {
                Some(Exposure::Everyone)
            } else if len >= PUBLIC_V6_MIN_PREFIX.max(PUBLIC_V4_MIN_PREFIX)
                || (v4 && len >= PUBLIC_V4_MIN_PREFIX)
            {
                Some(Exposure::Restricted)
            } else {
                None
            }
        }
        Unknown::Attribute { resource, path } => {
            let rtype = resource_type(resource);
            let network = matches!(
                rtype,
                "aws_vpc"
                    | "aws_default_vpc"
                    | "aws_subnet"
                    | "aws_default_subnet"
                    | "aws_vpc_ipv4_cidr_block_association"
                    | "aws_vpc_ipv6_cidr_block_association"
            );
            (network && matches!(&**path, "cidr_block" | "ipv6_cidr_block"))
                .then_some(Exposure::Restricted)
        }
        _ => None,
    }
}

/// The resource type of an address: `aws_vpc` of `module.m.data.aws_vpc.this[0]`.
fn resource_type(address: &str) -> &str {
    let address = match address.strip_suffix(']').and_then(|a| a.rfind('[')) {
        Some(open) => &address[..open],
        None => address,
    };
    let mut segments = address.rsplit('.');
    segments.next();
    segments.next().unwrap_or("")
}

/// True when every address of `inner` is in `outer` (same address family); false when
/// either does not parse.
pub fn covers(outer: &str, inner: &str) -> bool {
    let parse = |c: &str| -> Option<IpNet> {
        c.trim()
            .parse::<IpNet>()
            .ok()
            .or_else(|| c.trim().parse::<std::net::IpAddr>().ok().map(IpNet::from))
            .map(|n| n.trunc())
    };
    match (parse(outer), parse(inner)) {
        (Some(o), Some(i)) => o.contains(&i),
        _ => false,
    }
}

/// True when the range is public (wide public or everyone).
pub fn is_public(cidr: &str) -> bool {
    exposure(cidr).is_some_and(|e| e >= Exposure::WidePublic)
}

/// An IPv4 range as written (a bare address is a /32), host bits cleared; `None` for IPv6
/// or text that does not parse.
pub fn parse_v4(cidr: &str) -> Option<Ipv4Net> {
    let text = cidr.trim();
    let net = text
        .parse::<Ipv4Net>()
        .ok()
        .or_else(|| text.parse::<Ipv4Addr>().ok().map(Ipv4Net::from))?;
    Some(net.trunc())
}

/// The RFC 1918 private block (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`) that holds
/// the whole range, if one does.
pub fn rfc1918_block(n: &Ipv4Net) -> Option<Ipv4Net> {
    V4_RESERVED[..3]
        .iter()
        .filter_map(|(addr, len)| Ipv4Net::new(*addr, *len).ok())
        .find(|block| block.contains(n))
}

/// True when the range is globally routable address space: no reserved block holds it, nor
/// `0.0.0.0/8` ("this network", never a packet's source).
pub fn v4_is_public(n: &Ipv4Net) -> bool {
    let this_network = Ipv4Net::new(Ipv4Addr::UNSPECIFIED, 8).ok();
    n.prefix_len() > 0 && !v4_within_reserved(n) && !this_network.is_some_and(|t| t.contains(n))
}

// The first three are the RFC 1918 private blocks (`rfc1918_block`).
const V4_RESERVED: &[(Ipv4Addr, u8)] = &[
    (Ipv4Addr::new(10, 0, 0, 0), 8),
    (Ipv4Addr::new(172, 16, 0, 0), 12),
    (Ipv4Addr::new(192, 168, 0, 0), 16),
    (Ipv4Addr::new(100, 64, 0, 0), 10),
    (Ipv4Addr::new(127, 0, 0, 0), 8),
    (Ipv4Addr::new(169, 254, 0, 0), 16),
    (Ipv4Addr::new(192, 0, 2, 0), 24),
    (Ipv4Addr::new(198, 18, 0, 0), 15),
    (Ipv4Addr::new(198, 51, 100, 0), 24),
    (Ipv4Addr::new(203, 0, 113, 0), 24),
    (Ipv4Addr::new(224, 0, 0, 0), 4),
    (Ipv4Addr::new(240, 0, 0, 0), 4),
];

fn v4_within_reserved(n: &Ipv4Net) -> bool {
    V4_RESERVED
        .iter()
        .any(|(addr, len)| Ipv4Net::new(*addr, *len).is_ok_and(|r| r.contains(n)))
}

fn v6_within_reserved(n: &Ipv6Net) -> bool {
    let reserved: [(Ipv6Addr, u8); 5] = [
        (Ipv6Addr::new(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7),
        (Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 0), 10),
        (Ipv6Addr::new(0x2001, 0x0db8, 0, 0, 0, 0, 0, 0), 32),
        (Ipv6Addr::new(0xff00, 0, 0, 0, 0, 0, 0, 0), 8),
        (Ipv6Addr::LOCALHOST, 128),
    ];
    reserved
        .iter()
        .any(|(addr, len)| Ipv6Net::new(*addr, *len).is_ok_and(|r| r.contains(n)))
}

/// A port range a rule opens, inclusive; protocol "all" opens 0-65535.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortRange {
    pub from: u16,
    pub to: u16,
}

impl PortRange {
    pub const ALL: PortRange = PortRange { from: 0, to: 65535 };

    pub fn contains(self, port: u16) -> bool {
        self.from <= port && port <= self.to
    }

    pub fn is_all(self) -> bool {
        self.from == 0 && self.to == 65535
    }

    /// `22`, `8000-8080`, or `all ports`.
    pub fn describe(self) -> String {
        if self.is_all() {
            "all ports".to_string()
        } else if self.from == self.to {
            format!("port {}", self.from)
        } else {
            format!("ports {}-{}", self.from, self.to)
        }
    }
}

/// True when a protocol value means every protocol (`-1`, `all`), so every port is open.
pub fn is_all_protocols(protocol: &str) -> bool {
    matches!(protocol.trim().to_ascii_lowercase().as_str(), "-1" | "all")
}

/// The ports a rule opens for its protocol: `None` for protocols without ports (ICMP).
pub fn port_range(protocol: &str, from: i64, to: i64) -> Option<PortRange> {
    if is_all_protocols(protocol) {
        return Some(PortRange::ALL);
    }
    let p = protocol.trim().to_ascii_lowercase();
    if !matches!(p.as_str(), "tcp" | "udp" | "6" | "17") {
        return None;
    }
    // AWS treats 0-0 with tcp as invalid; a -1/-1 or 0/65535 span is every port.
    let clamp = |v: i64| u16::try_from(v.clamp(0, 65535)).unwrap_or(0);
    if from < 0 || to < 0 {
        return Some(PortRange::ALL);
    }
    let (a, b) = (clamp(from), clamp(to));
    Some(PortRange {
        from: a.min(b),
        to: a.max(b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refined_unknown_ranges() {
        let template = |prefix: &str, suffix: &str| Unknown::Template {
            text: format!("{prefix}{suffix}").into(),
            holes: vec![prefix.len()].into(),
        };
        let attribute = |resource: &str, path: &str| Unknown::Attribute {
            resource: resource.into(),
            path: path.into(),
        };
        let cases = [
            (template("", "/32"), Some(Exposure::Restricted)),
            (template("", "/24"), None),
            (template("10.0.", "/24"), Some(Exposure::Restricted)),
            (template("", "/0"), Some(Exposure::Everyone)),
            (template("", "/8"), None),
            (template("prefix-", ""), None),
            (
                attribute("data.aws_vpc.main", "cidr_block"),
                Some(Exposure::Restricted),
            ),
            (
                attribute("module.net.aws_subnet.a[0]", "ipv6_cidr_block"),
                Some(Exposure::Restricted),
            ),
            (attribute("aws_vpc.main", "id"), None),
            (attribute("aws_instance.a", "cidr_block"), None),
            (Unknown::Other, None),
        ];
        for (u, want) in cases {
            assert_eq!(unknown_exposure(&u), want, "{u:?}");
        }
    }

    #[test]
    fn covering_ranges() {
        let cases = [
            ("0.0.0.0/0", "0.0.0.0/0", true),
            ("0.0.0.0/0", "52.0.0.0/8", true),
            ("52.0.0.0/8", "0.0.0.0/0", false),
            ("0.0.0.0/0", "::/0", false),
            ("::/0", "2001:db8::/32", true),
            ("10.0.0.0/8", "10.1.2.3", true),
            ("nonsense", "0.0.0.0/0", false),
        ];
        for (outer, inner, want) in cases {
            assert_eq!(covers(outer, inner), want, "{outer} covers {inner}");
        }
    }

    #[test]
    fn exposures() {
        let cases = [
            ("0.0.0.0/0", Some(Exposure::Everyone)),
            ("::/0", Some(Exposure::Everyone)),
            ("10.0.0.0/8", Some(Exposure::Restricted)),
            ("172.16.0.0/12", Some(Exposure::Restricted)),
            ("192.168.1.0/24", Some(Exposure::Restricted)),
            ("52.0.0.0/8", Some(Exposure::WidePublic)),
            ("0.0.0.0/1", Some(Exposure::WidePublic)),
            ("203.0.113.10/32", Some(Exposure::Restricted)),
            ("8.8.8.8/32", Some(Exposure::Restricted)),
            ("1.2.0.0/16", Some(Exposure::Restricted)),
            ("1.2.0.0/15", Some(Exposure::WidePublic)),
            ("10.0.0.1/8", Some(Exposure::Restricted)),
            ("2000::/3", Some(Exposure::WidePublic)),
            ("2001:db8::/32", Some(Exposure::Restricted)),
            ("fd00::/8", Some(Exposure::Restricted)),
            ("2a05:d018::/36", Some(Exposure::Restricted)),
            ("not a cidr", None),
        ];
        for (cidr, expected) in cases {
            assert_eq!(exposure(cidr), expected, "{cidr}");
        }
    }

    #[test]
    fn ports() {
        let cases = [
            ("tcp", 22, 22, Some(PortRange { from: 22, to: 22 })),
            ("-1", 0, 0, Some(PortRange::ALL)),
            ("all", 0, 0, Some(PortRange::ALL)),
            ("6", 20, 25, Some(PortRange { from: 20, to: 25 })),
            ("tcp", -1, -1, Some(PortRange::ALL)),
            ("icmp", -1, -1, None),
            ("udp", 0, 65535, Some(PortRange::ALL)),
        ];
        for (proto, from, to, expected) in cases {
            assert_eq!(port_range(proto, from, to), expected, "{proto} {from} {to}");
        }
    }
}
