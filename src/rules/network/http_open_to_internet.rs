//! TFG-NET-004: plain HTTP (80) reachable from the internet.

use super::helpers::exposure::check_ingress;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-004",
    name: "http-open-to-internet",
    title: "Security group allows plain HTTP (port 80) from the internet",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "4728cd65-a20c-49da-8b31-9c08b423e4db",
        "CKV_AWS_260",
        "ffac8a12-322e-42c1-b9b9-81ff85c39ef7",
        "AC_AWS_0228",
        "FG_R00041",
    ],
    compliance: &["SOC2:CC6.6", "SOC2:CC6.7", "NIST:SC-7", "NIST:SC-8"],
    controls: &["SG ingress from 0.0.0.0/0 to HTTP 80"],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ingress(cx, |open| {
        (!open.ports.is_all() && open.ports.contains(80))
            .then(|| format!("{} (HTTP)", open.ports.describe()))
    });
}
