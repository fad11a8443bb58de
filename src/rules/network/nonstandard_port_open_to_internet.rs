//! TFG-NET-006: a port that is neither web nor covered by another rule, open to the internet.

use super::helpers::exposure::{SENSITIVE_PORTS, check_ingress};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-006",
    name: "nonstandard-port-open-to-internet",
    title: "Security group exposes a non-web port to the internet",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &[
        "4728cd65-a20c-49da-8b31-9c08b423e4db",
        "590d878b-abdc-428f-895a-e2b68a0e1998",
        "AC_AWS_0276",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-7"],
    controls: &["SG ingress: unknown/non-standard port open to internet"],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-006.md"),
    check,
};

/// Ports other rules already judge: web (80, 443), SSH, RDP and the sensitive list.
fn judged_elsewhere(port: u16) -> bool {
    matches!(port, 80 | 443 | 22 | 3389) || SENSITIVE_PORTS.iter().any(|(p, _)| *p == port)
}

fn check(cx: &mut Checker) {
    check_ingress(cx, |open| {
        if open.ports.is_all() {
            return None;
        }
        let (from, to) = (open.ports.from, open.ports.to);
        let other = (from..=to).find(|p| !judged_elsewhere(*p))?;
        Some(if from == to {
            format!("port {other}")
        } else {
            format!("{} (e.g. port {other})", open.ports.describe())
        })
    });
}
