//! TFG-NET-012: a network ACL allows every port from the internet.

use super::helpers::nacl::{Entry, inbound};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-012",
    name: "nacl-all-ports-open",
    title: "Network ACL allows all ports from the internet",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "AWS-0102",
        "AVD-AWS-0102",
        "aws-ec2-no-excessive-port-access",
        "CKV_AWS_352",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-7"],
    controls: &["NACL rule allows all ports"],
    resources: &[
        "aws_network_acl",
        "aws_default_network_acl",
        "aws_network_acl_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, e) in inbound(cx) {
        match e {
            Entry::Undecided => cx.undecided(i),
            Entry::Closed => cx.pass(i),
            Entry::Open(o) if o.ports.is_all() => match o.all_denied() {
                Some(true) => cx.pass(i),
                None => cx.undecided(i),
                Some(false) => cx.report(
                    o.instance,
                    &o.path,
                    format!("network ACL allows all ports from `{}`", o.cidr),
                ),
            },
            Entry::Open(_) => cx.pass(i),
        }
    }
}
