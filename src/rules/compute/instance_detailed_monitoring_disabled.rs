//! TFG-EC2-003: EC2 instance without detailed monitoring.

use crate::finding::Severity;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-003",
    name: "instance-detailed-monitoring-disabled",
    title: "EC2 instance without detailed monitoring",
    severity: Severity::Low,
    area: Area::Compute,
    aliases: &["CKV_AWS_126", "23b70e32-032e-4fa6-ba5c-82f56b9980e6"],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "NIST:AU-12", "ISO27001:A.8.16"],
    controls: &["EC2 detailed monitoring enabled"],
    resources: &["aws_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_instance"],
        "monitoring",
        false,
        false,
        "CloudWatch gets the instance's metrics only every five minutes",
        None,
    );
}
