//! TFG-NET-003: every port (or every protocol) reachable from the internet.

use super::helpers::exposure::check_ingress;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-003",
    name: "all-ports-open-to-internet",
    title: "Security group allows all ports or all protocols from the internet",
    severity: Severity::Critical,
    area: Area::Network,
    aliases: &[
        "AWS-0107",
        "AVD-AWS-0107",
        "aws-ec2-no-public-ingress-sgr",
        "CKV_AWS_277",
        "CKV_AWS_24",
        "CKV_AWS_25",
        "CKV_AWS_260",
        "4728cd65-a20c-49da-8b31-9c08b423e4db",
        "AC_AWS_0231",
        "AC_AWS_0275",
        "FG_R00045",
        "FG_R00044",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:CM-7",
        "CIS-AWS:5.2",
        "ISO27001:A.8.20",
    ],
    controls: &["SG ingress from 0.0.0.0/0 to all ports/protocols (-1)"],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ingress(cx, |open| {
        open.ports.is_all().then(|| {
            if crate::link::net::is_all_protocols(&open.protocol) {
                "all protocols and ports".to_string()
            } else {
                format!("all {} ports", open.protocol)
            }
        })
    });
}
