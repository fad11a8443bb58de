//! TFG-NET-002: RDP (3389) reachable from the internet.

use super::helpers::exposure::check_ingress;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-002",
    name: "rdp-open-to-internet",
    title: "Security group allows RDP (port 3389) from the internet",
    severity: Severity::Critical,
    area: Area::Network,
    aliases: &[
        "4728cd65-a20c-49da-8b31-9c08b423e4db",
        "AWS-0107",
        "AVD-AWS-0107",
        "aws-ec2-no-public-ingress-sgr",
        "CKV_AWS_25",
        "151187cb-0efc-481c-babd-ad24e3c9bc22",
        "AC_AWS_0230",
        "FG_R00087",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-17",
        "NIST:CM-7",
        "CIS-AWS:5.3",
        "ISO27001:A.8.20",
    ],
    controls: &["SG ingress from 0.0.0.0/0 to RDP 3389"],
    resources: &[
        "aws_security_group",
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_ingress(cx, |open| {
        (!open.ports.is_all() && open.ports.contains(3389))
            .then(|| format!("{} (RDP)", open.ports.describe()))
    });
}
