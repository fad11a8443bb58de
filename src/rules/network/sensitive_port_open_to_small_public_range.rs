//! TFG-NET-021: administration and database ports open to a public range of more than a few
//! hosts that is not the internet.

use super::helpers::ranges::{Reach, check as check_ranges};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-021",
    name: "sensitive-port-open-to-small-public-range",
    title: "Security group opens an administration or database port to a public address range",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &["e35c16a2-d54e-419d-8546-a804d8e024d0"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-17",
        "ISO27001:A.8.20",
    ],
    controls: &[
        "SG ingress from a small public range (/16 to /29) to an administration or database port",
    ],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-021.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ranges(cx, Reach::SmallPublic);
}
