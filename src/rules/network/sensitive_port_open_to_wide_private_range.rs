//! TFG-NET-020: administration and database ports open to a private range wider than a VPC.

use super::helpers::ranges::{Reach, check as check_ranges};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-020",
    name: "sensitive-port-open-to-wide-private-range",
    title: "Security group opens an administration or database port to a wide private range",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &["92fe237e-074c-4262-81a4-2077acb928c1"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-4",
        "ISO27001:A.8.22",
    ],
    controls: &[
        "SG ingress from a wide private range (wider than a VPC or a whole RFC 1918 block) to an administration or database port",
    ],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ranges(cx, Reach::WidePrivate);
}
