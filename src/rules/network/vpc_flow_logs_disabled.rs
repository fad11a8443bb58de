//! TFG-NET-014: a VPC without flow logs.

use crate::finding::Severity;
use crate::link::Target;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-014",
    name: "vpc-flow-logs-disabled",
    title: "VPC has no flow logs",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &[
        "AWS-0178",
        "AVD-AWS-0178",
        "aws-ec2-require-vpc-flow-logs-for-all-vpcs",
        "CKV2_AWS_11",
        "f83121ea-03da-434f-9277-9cd247ab3047",
        "AC_AWS_0369",
        "FG_R00054",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "NIST:AU-2",
        "NIST:AU-12",
        "NIST:SI-4",
        "CIS-AWS:3.7",
    ],
    controls: &["VPC flow logs enabled"],
    resources: &["aws_vpc", "aws_flow_log"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    let mut logged = std::collections::HashSet::new();
    let mut unknown_roots = std::collections::HashSet::new();
    for (f, flow) in cx.resources("aws_flow_log") {
        let vpc = flow.node().get("vpc_id").cloned().unwrap_or(Value::Null);
        match links.resolve(flow, &vpc, &["aws_vpc", "aws_default_vpc"]) {
            Target::Instance(v) => {
                logged.insert(v);
            }
            Target::Unknown => {
                unknown_roots.insert(links.instance(f).root.clone());
            }
            Target::External => {}
        }
    }
    for (v, vpc) in cx.resources("aws_vpc") {
        if logged.contains(&v) {
            cx.pass(v);
        } else if unknown_roots.contains(&vpc.root) {
            cx.undecided(v);
        } else {
            cx.report(v, "", format!("{} has no aws_flow_log", label(vpc)));
        }
    }
}
