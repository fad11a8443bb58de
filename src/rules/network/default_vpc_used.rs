//! TFG-NET-013: the default VPC is managed (and so used).

use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-013",
    name: "default-vpc-used",
    title: "Default VPC is used",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "AWS-0101",
        "AVD-AWS-0101",
        "aws-ec2-no-default-vpc",
        "CKV_AWS_148",
        "96ed3526-0179-4c73-b1b2-372fde2e0d13",
        "7e4a6e76-568d-43ef-8c4e-36dea481bff1",
        "AC_AWS_0370",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-6"],
    controls: &["Default VPC created/used"],
    resources: &["aws_default_vpc"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, _) in cx.resources("aws_default_vpc") {
        cx.report(
            i,
            "",
            "the configuration manages the default VPC (aws_default_vpc); use purpose-built VPCs",
        );
    }
}
