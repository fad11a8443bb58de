//! TFG-DB-014: EC2-Classic DB security group admits a wide private address range.

use crate::finding::Severity;
use crate::link::net::{Exposure, exposure};
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-014",
    name: "classic-db-security-group-wide-ingress",
    title: "EC2-Classic DB security group admits a wide private address range",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "db_security_group_open_to_large_scope",
        "4f615f3e-fb9c-4fad-8b70-2e9f781806ce",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-3",
        "ISO27001:A.8.20",
    ],
    controls: &["Classic DB security group ingress from a wide CIDR (256 addresses or more)"],
    resources: &["aws_db_security_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-014.md"),
    check,
};

/// A range of this prefix length or shorter (256 addresses or more) is wide.
const WIDEST_PREFIX: u8 = 24;

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_db_security_group") {
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, rule) in inst.node().children("ingress").into_iter().enumerate() {
            let Some(cidr) = rule.get("cidr") else {
                continue;
            };
            let text = match cidr {
                Value::Null => continue,
                Value::String(s) => s.to_string(),
                Value::Unknown(u) => {
                    // `"${var.office}/28"` is narrow whatever the address.
                    if !matches!(known_prefix(u), Some(p) if p > WIDEST_PREFIX) {
                        unknown = true;
                    }
                    continue;
                }
                _ => {
                    unknown = true;
                    continue;
                }
            };
            let Some((_, prefix)) = text.split_once('/') else {
                continue;
            };
            let Ok(prefix) = prefix.trim().parse::<u8>() else {
                continue;
            };
            let v6 = text.contains(':');
            // An IPv6 /120 holds as many addresses as an IPv4 /24.
            let widest = if v6 {
                WIDEST_PREFIX + 96
            } else {
                WIDEST_PREFIX
            };
            if prefix > widest {
                continue;
            }
            // Ranges open to the internet are TFG-DB-017's.
            if !matches!(exposure(&text), Some(Exposure::Restricted)) {
                continue;
            }
            let what = format!(
                "{} addresses",
                1u128 << ((if v6 { 128 } else { 32 }) - prefix)
            );
            findings.push((
                i,
                format!("ingress[{k}].cidr"),
                format!(
                    "{} admits \"{text}\" ({what}) to its databases",
                    label(inst)
                ),
            ));
        }
        cx.settle(i, unknown, findings);
    }
}

/// The prefix length a template's known text ends with (`/28`).
fn known_prefix(u: &Unknown) -> Option<u8> {
    let Unknown::Template { text, holes } = u else {
        return None;
    };
    text.get(*holes.last()?..)?.strip_prefix('/')?.parse().ok()
}
