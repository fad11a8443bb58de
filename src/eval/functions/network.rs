//! IP network functions (`cidrhost`, `cidrnetmask`, `cidrsubnet`, `cidrsubnets`), IPv4 and IPv6.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::{
    FnCtx, FnError, FnResult, arg_int, arg_str, arity, arity_min, bad_param, invalid,
    unknown_if_any,
};
use crate::model::value::Value;

/// Parses a CIDR prefix; host bits are dropped, as Go's `ParseCIDR` returns the network.
/// IPv4 octets may have leading zeros (`010.0.0.0/8` is 10.0.0.0), as Terraform allows.
fn parse_net(v: &Value) -> Result<IpNet, FnError> {
    let s = arg_str(v, "prefix")?;
    let bad = || {
        bad_param(
            "prefix",
            format!("invalid CIDR expression: invalid CIDR address: {s}"),
        )
    };
    let (addr, len) = s.split_once('/').ok_or_else(bad)?;
    let addr = if addr.contains(':') {
        addr.to_string()
    } else {
        let octets = addr
            .split('.')
            .map(|o| {
                (!o.is_empty() && o.len() <= 3 && o.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| o.parse::<u8>().ok())
                    .flatten()
            })
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(bad)?;
        octets
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(".")
    };
    if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) || len.len() > 3 {
        return Err(bad());
    }
    format!("{addr}/{len}")
        .parse::<IpNet>()
        .map(|n| n.trunc())
        .map_err(|_| bad())
}

fn to_u128(addr: IpAddr) -> u128 {
    match addr {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    }
}

fn from_u128(v: u128, like: &IpNet) -> IpAddr {
    match like {
        // Only called with values inside an IPv4 network, which fit in 32 bits.
        IpNet::V4(_) => IpAddr::V4(Ipv4Addr::from(u32::try_from(v).unwrap_or(u32::MAX))),
        IpNet::V6(_) => IpAddr::V6(Ipv6Addr::from(v)),
    }
}

/// The network `addr/len` in the same family as `like`.
fn net_at(addr: u128, len: u32, like: &IpNet) -> Result<IpNet, FnError> {
    let len = u8::try_from(len).map_err(|_| invalid("prefix length out of range"))?;
    IpNet::new(from_u128(addr, like), len).map_err(|e| invalid(e.to_string()))
}

/// `cidrsubnet(prefix, newbits, netnum)`: the `netnum`-th subnet `newbits` longer.
pub fn cidrsubnet(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 3)?;
    unknown_if_any!(args);
    let net = parse_net(&args[0])?;
    let newbits = arg_int(&args[1], "newbits")?;
    let num = arg_int(&args[2], "netnum")?;
    let (len, max) = (i64::from(net.prefix_len()), i64::from(net.max_prefix_len()));
    if newbits < 0 || len + newbits > max {
        return Err(invalid(format!(
            "insufficient address space to extend prefix of {len} by {newbits}"
        )));
    }
    // newbits <= 128 here; a netnum must fit in that many bits.
    let fits = num >= 0 && (newbits >= 64 || (num as u128) < (1u128 << newbits));
    if !fits {
        return Err(invalid(format!(
            "prefix extension of {newbits} does not accommodate a subnet numbered {num}"
        )));
    }
    let new_len = (len + newbits) as u32;
    let shift = max as u32 - new_len;
    let addr = to_u128(net.network()) | (num as u128).checked_shl(shift).unwrap_or(0);
    Ok(Value::string(net_at(addr, new_len, &net)?.to_string()))
}

/// `cidrsubnets(prefix, newbits...)`: consecutive subnets of the given extra lengths.
pub fn cidrsubnets(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 1)?;
    unknown_if_any!(args);
    let net = parse_net(&args[0])?;
    let (start_len, max) = (u32::from(net.prefix_len()), u32::from(net.max_prefix_len()));
    let family = if max == 32 { "IPv4" } else { "IPv6" };
    let base = to_u128(net.network());
    let end = to_u128(net.broadcast());
    let mut next = base;
    let mut previous: Option<IpNet> = None;
    let mut out = Vec::with_capacity(args.len() - 1);
    for b in &args[1..] {
        let newbits = arg_int(b, "newbits")?;
        if newbits < 1 {
            return Err(bad_param(
                "newbits",
                "must extend prefix by at least one bit",
            ));
        }
        if newbits > 32 {
            return Err(bad_param(
                "newbits",
                "may not extend prefix by more than 32 bits",
            ));
        }
        let len = start_len + newbits as u32;
        if len > max {
            return Err(bad_param(
                "newbits",
                format!(
                    "would extend prefix to {len} bits, which is too long for an {family} address"
                ),
            ));
        }
        let size = 1u128.checked_shl(max - len).unwrap_or(0);
        // Each subnet starts at the first address after the previous one that is aligned to
        // its own size, as Terraform allocates them.
        let aligned = next.div_ceil(size).checked_mul(size);
        let Some(aligned) =
            aligned.filter(|a| a.checked_add(size - 1).is_some_and(|last| last <= end))
        else {
            let after = previous.map_or_else(|| net.to_string(), |p| p.to_string());
            return Err(bad_param(
                "newbits",
                format!(
                    "not enough remaining address space for a subnet with a prefix of {len} bits after {after}"
                ),
            ));
        };
        let subnet = net_at(aligned, len, &net)?;
        out.push(Value::string(subnet.to_string()));
        previous = Some(subnet);
        next = aligned.saturating_add(size);
    }
    Ok(Value::list(out))
}

/// `cidrhost(prefix, hostnum)`: the address of a host number (negative counts from the end).
pub fn cidrhost(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let net = parse_net(&args[0])?;
    let host = arg_int(&args[1], "hostnum")?;
    let bits = u32::from(net.max_prefix_len() - net.prefix_len());
    // The largest host number; 2^128 - 1 for a /0 IPv6 network.
    let last = 1u128.checked_shl(bits).map_or(u128::MAX, |n| n - 1);
    let offset = if host >= 0 {
        Some(host as u128).filter(|&h| h <= last)
    } else {
        last.checked_sub(u128::from(host.unsigned_abs()) - 1)
    };
    let Some(offset) = offset else {
        return Err(invalid(format!(
            "prefix of {} does not accommodate a host numbered {host}",
            net.prefix_len()
        )));
    };
    let addr = to_u128(net.network()) + offset;
    Ok(Value::string(from_u128(addr, &net).to_string()))
}

/// `cidrnetmask(prefix)`: the dotted netmask of an IPv4 prefix.
pub fn cidrnetmask(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    match parse_net(&args[0])? {
        IpNet::V4(n) => Ok(Value::string(n.netmask().to_string())),
        IpNet::V6(_) => Err(invalid(format!(
            "IPv6 addresses cannot have a netmask: {}",
            arg_str(&args[0], "prefix")?
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn networks() {
        check(&[
            ("cidrsubnet(\"10.0.0.0/16\", 8, 2)", "\"10.0.2.0/24\""),
            ("cidrsubnet(\"172.16.0.0/12\", 4, 2)", "\"172.18.0.0/16\""),
            ("cidrsubnet(\"10.1.2.3/16\", 8, 255)", "\"10.1.255.0/24\""),
            ("cidrsubnet(\"010.0.0.0/8\", 8, 1)", "\"10.1.0.0/16\""),
            ("cidrsubnet(\"10.0.0.0/8\", 0, 0)", "\"10.0.0.0/8\""),
            (
                "cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)",
                "\"fd00:fd12:3456:7800:a200::/72\"",
            ),
            ("cidrsubnet(\"::/0\", 128, 5)", "\"::5/128\""),
            (
                "cidrsubnet(\"10.0.0.0/30\", 4, 0)",
                "error: insufficient address space to extend prefix of 30 by 4",
            ),
            (
                "cidrsubnet(\"10.0.0.0/16\", 2, 4)",
                "error: does not accommodate a subnet numbered 4",
            ),
            (
                "cidrsubnet(\"10.0.0.0/16\", 2, -1)",
                "error: does not accommodate",
            ),
            (
                "cidrsubnet(\"10.0.0.0\", 2, 1)",
                "error: invalid CIDR expression",
            ),
            (
                "cidrsubnet(\"10.0.0.256/8\", 2, 1)",
                "error: invalid CIDR expression",
            ),
            ("cidrsubnet(timestamp(), 2, 1)", UNKNOWN),
            (
                "cidrsubnets(\"10.1.0.0/16\", 4, 4, 8, 4)",
                "[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/24\", \"10.1.48.0/20\"]",
            ),
            (
                "cidrsubnets(\"fd00:fd12:3456:7890::/56\", 16, 16, 16, 32)",
                "[\"fd00:fd12:3456:7800::/72\", \"fd00:fd12:3456:7800:100::/72\", \"fd00:fd12:3456:7800:200::/72\", \"fd00:fd12:3456:7800:300::/88\"]",
            ),
            ("cidrsubnets(\"10.0.0.0/8\")", "[]"),
            (
                "cidrsubnets(\"10.0.0.0/30\", 1, 1, 1)",
                "error: not enough remaining address space for a subnet with a prefix of 31 bits after 10.0.0.2/31",
            ),
            ("cidrsubnets(\"10.0.0.0/8\", 0)", "error: at least one bit"),
            (
                "cidrsubnets(\"10.0.0.0/8\", 33)",
                "error: more than 32 bits",
            ),
            (
                "cidrsubnets(\"10.0.0.0/30\", 3)",
                "error: would extend prefix to 33 bits, which is too long for an IPv4 address",
            ),
            ("cidrhost(\"10.12.112.0/20\", 16)", "\"10.12.112.16\""),
            ("cidrhost(\"10.12.112.0/20\", 268)", "\"10.12.113.12\""),
            ("cidrhost(\"10.12.112.0/20\", -1)", "\"10.12.127.255\""),
            ("cidrhost(\"10.12.112.0/20\", -2)", "\"10.12.127.254\""),
            (
                "cidrhost(\"fd00:fd12:3456:7890:00a2::/72\", 34)",
                "\"fd00:fd12:3456:7890::22\"",
            ),
            (
                "cidrhost(\"10.0.0.0/30\", 4)",
                "error: prefix of 30 does not accommodate a host numbered 4",
            ),
            (
                "cidrhost(\"10.0.0.0/30\", -5)",
                "error: does not accommodate",
            ),
            ("cidrhost(\"10.0.0.0/32\", 0)", "\"10.0.0.0\""),
            (
                "cidrhost(\"::/0\", -1)",
                "\"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\"",
            ),
            ("cidrnetmask(\"172.16.0.0/12\")", "\"255.240.0.0\""),
            ("cidrnetmask(\"10.0.0.0/32\")", "\"255.255.255.255\""),
            (
                "cidrnetmask(\"fd00::/8\")",
                "error: IPv6 addresses cannot have a netmask",
            ),
            ("cidrnetmask(\"bad\")", "error: invalid CIDR expression"),
        ]);
    }
}
