//! TFG-NET-015: Subnet assigns public IP addresses on launch.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-015",
    name: "subnet-maps-public-ip",
    title: "Subnet assigns public IP addresses on launch",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &[
        "AWS-0164",
        "AVD-AWS-0164",
        "aws-ec2-no-public-ip-subnet",
        "CKV_AWS_130",
        "52f04a44-6bfa-4c41-b1d3-4ae99a2de05c",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4"],
    controls: &["Subnet auto-assigns public IP"],
    resources: &["aws_subnet", "aws_default_subnet"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-NET-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_subnet"],
        "map_public_ip_on_launch",
        true,
        false,
        "every instance launched in it is reachable from the internet by default",
        Some(Safety::Unsafe),
    );
    check_bool(
        cx,
        &["aws_default_subnet"],
        "map_public_ip_on_launch",
        true,
        true,
        "every instance launched in it is reachable from the internet by default",
        Some(Safety::Unsafe),
    );
}
