//! TFG-NET-011: a network ACL allows SSH or RDP from the internet.

use super::helpers::nacl::{Entry, inbound};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-011",
    name: "nacl-admin-ports-open",
    title: "Network ACL allows SSH or RDP from the internet",
    severity: Severity::High,
    area: Area::Network,
    aliases: &[
        "AWS-0105",
        "AVD-AWS-0105",
        "aws-ec2-no-public-ingress-acl",
        "CKV_AWS_232",
        "CKV_AWS_231",
        "3af7f2fd-06e6-4dab-b996-2912bea19ba4",
        "a20be318-cac7-457b-911d-04cc6e812c25",
        "FG_R00357",
        "FG_R00359",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-17", "CIS-AWS:5.1"],
    controls: &["NACL ingress 0.0.0.0/0 to SSH/RDP"],
    resources: &[
        "aws_network_acl",
        "aws_default_network_acl",
        "aws_network_acl_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, e) in inbound(cx) {
        match e {
            Entry::Undecided => cx.undecided(i),
            Entry::Closed => cx.pass(i),
            Entry::Open(o) if o.ports.is_all() => cx.pass(i),
            Entry::Open(o) => {
                let hits: Vec<&str> = [(22, "SSH (22)"), (3389, "RDP (3389)")]
                    .iter()
                    .filter(|(p, _)| o.ports.contains(*p))
                    .map(|(_, n)| *n)
                    .collect();
                if hits.is_empty() {
                    cx.pass(i);
                } else {
                    cx.report(
                        o.instance,
                        &o.path,
                        format!(
                            "network ACL allows {} from `{}`",
                            hits.join(" and "),
                            o.cidr
                        ),
                    );
                }
            }
        }
    }
}
