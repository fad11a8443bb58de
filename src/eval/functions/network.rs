//! IP network functions (`cidrsubnet` and friends), IPv4 and IPv6.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::{FnCtx, FnResult, arg_int, arg_str, arity, invalid, unknown_if_any};
use crate::eval::value::Value;

fn parse_net(v: &Value) -> Result<IpNet, super::FnError> {
    let s = arg_str(v, "the prefix")?;
    s.parse::<IpNet>()
        .map_err(|_| invalid(format!("invalid CIDR prefix {s:?}")))
}

fn to_u128(addr: IpAddr) -> u128 {
    match addr {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    }
}

fn from_u128(v: u128, like: &IpNet) -> IpAddr {
    match like {
        IpNet::V4(_) => IpAddr::V4(Ipv4Addr::from(v as u32)),
        IpNet::V6(_) => IpAddr::V6(Ipv6Addr::from(v)),
    }
}

/// The `num`-th subnet with `newbits` more prefix bits.
fn subnet(net: &IpNet, newbits: i64, num: i64) -> Result<IpNet, super::FnError> {
    let max = u32::from(net.max_prefix_len());
    let new_len = i64::from(net.prefix_len()) + newbits;
    if newbits < 0 || new_len > i64::from(max) {
        return Err(invalid(format!(
            "cannot extend prefix /{} by {newbits} bits",
            net.prefix_len()
        )));
    }
    if num < 0 || (newbits < 127 && num as u128 >= (1u128 << newbits)) {
        return Err(invalid(format!(
            "prefix extension of {newbits} bits does not accommodate a subnet numbered {num}"
        )));
    }
    let base = to_u128(net.trunc().network());
    let shift = max as i64 - new_len;
    let addr = base | ((num as u128) << shift);
    IpNet::new(from_u128(addr, net), new_len as u8).map_err(|e| invalid(e.to_string()))
}

pub fn cidrsubnet(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 3)?;
    unknown_if_any!(args);
    let net = parse_net(&args[0])?;
    let s = subnet(
        &net,
        arg_int(&args[1], "newbits")?,
        arg_int(&args[2], "netnum")?,
    )?;
    Ok(Value::string(s.to_string()))
}

pub fn cidrsubnets(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    let Some((prefix, bits)) = args.split_first() else {
        return Err(invalid(format!("{name}() needs a prefix")));
    };
    unknown_if_any!(args);
    let net = parse_net(prefix)?;
    let max = u32::from(net.max_prefix_len());
    let mut next: u128 = to_u128(net.trunc().network());
    let end = to_u128(net.trunc().broadcast());
    let mut out = Vec::new();
    for b in bits {
        let newbits = arg_int(b, "every newbits")?;
        let len = i64::from(net.prefix_len()) + newbits;
        if newbits < 1 || len > i64::from(max) {
            return Err(invalid(format!(
                "cannot extend prefix /{} by {newbits} bits",
                net.prefix_len()
            )));
        }
        let size: u128 = if max as i64 - len >= 128 {
            u128::MAX
        } else {
            1u128 << (max as i64 - len)
        };
        // Align to the subnet size, as Terraform allocates consecutively.
        let aligned = next.div_ceil(size).saturating_mul(size);
        if aligned > end || aligned.saturating_add(size - 1) > end {
            return Err(invalid("not enough remaining address space for a subnet"));
        }
        let s =
            IpNet::new(from_u128(aligned, &net), len as u8).map_err(|e| invalid(e.to_string()))?;
        out.push(Value::string(s.to_string()));
        next = aligned.saturating_add(size);
    }
    Ok(Value::list(out))
}

pub fn cidrhost(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let net = parse_net(&args[0])?.trunc();
    let host = arg_int(&args[1], "hostnum")?;
    let bits = u32::from(net.max_prefix_len() - net.prefix_len());
    let size: u128 = if bits >= 128 {
        u128::MAX
    } else {
        1u128 << bits
    };
    let offset: u128 = if host >= 0 {
        host as u128
    } else {
        size.checked_sub(host.unsigned_abs() as u128)
            .ok_or_else(|| invalid(format!("host number {host} is out of range")))?
    };
    if bits < 128 && offset >= size {
        return Err(invalid(format!(
            "prefix of {bits} host bits cannot accommodate host number {host}"
        )));
    }
    Ok(Value::string(
        from_u128(to_u128(net.network()) + offset, &net).to_string(),
    ))
}

pub fn cidrnetmask(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    match parse_net(&args[0])? {
        IpNet::V4(n) => Ok(Value::string(n.netmask().to_string())),
        IpNet::V6(_) => Err(invalid("cidrnetmask() only supports IPv4 prefixes")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn networks() {
        check(&[
            ("cidrsubnet(\"10.0.0.0/16\", 8, 2)", "\"10.0.2.0/24\""),
            ("cidrsubnet(\"172.16.0.0/12\", 4, 2)", "\"172.18.0.0/16\""),
            (
                "cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)",
                "\"fd00:fd12:3456:7800:a200::/72\"",
            ),
            ("cidrsubnet(\"10.0.0.0/30\", 4, 0)", "error"),
            ("cidrsubnet(\"10.0.0.0/16\", 2, 4)", "error"),
            (
                "cidrsubnets(\"10.1.0.0/16\", 4, 4, 8, 4)",
                "[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/24\", \"10.1.48.0/20\"]",
            ),
            ("cidrhost(\"10.12.112.0/20\", 16)", "\"10.12.112.16\""),
            ("cidrhost(\"10.12.112.0/20\", -2)", "\"10.12.127.254\""),
            ("cidrhost(\"10.0.0.0/30\", 4)", "error"),
            ("cidrhost(\"fd00::/64\", 5)", "\"fd00::5\""),
            ("cidrnetmask(\"172.16.0.0/12\")", "\"255.240.0.0\""),
            ("cidrnetmask(\"bad\")", "error"),
        ]);
    }
}
