//! TFG-NET-005: database and administration ports reachable from the internet.

use super::helpers::exposure::{SENSITIVE_PORTS, check_ingress, name_ports};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-005",
    name: "sensitive-port-open-to-internet",
    title: "Security group exposes a database or administration port to the internet",
    severity: Severity::High,
    area: Area::Network,
    aliases: &[
        "4728cd65-a20c-49da-8b31-9c08b423e4db",
        "381c3f2a-ef6f-4eff-99f7-b169cda3422c",
        "AC_AWS_0253",
        "AC_AWS_0262",
        "AC_AWS_0247",
        "AC_AWS_0274",
        "AC_AWS_0234",
        "AC_AWS_0271",
        "AC_AWS_0273",
        "FG_R00261",
        "FG_R00264",
        "FG_R00248",
        "FG_R00215",
        "FG_R00212",
        "FG_R00040",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:CM-7",
        "ISO27001:A.8.20",
    ],
    controls: &[
        "SG ingress public to named sensitive ports (DB/admin: 3306,5432,1433,27017,9200,23,445...)",
    ],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ingress(cx, |open| {
        if open.ports.is_all() {
            return None;
        }
        name_ports(open.ports, SENSITIVE_PORTS, "sensitive ports")
    });
}
