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
            Entry::Open(o) => {
                // An allow of every port opens SSH and RDP too; a lower-numbered deny of the
                // port from the whole range takes precedence.
                let mut unknown = false;
                let mut hits: Vec<&str> = Vec::new();
                for (p, n) in [(22, "SSH (22)"), (3389, "RDP (3389)")] {
                    if !o.ports.contains(p) {
                        continue;
                    }
                    match o.tcp_denied(p) {
                        Some(true) => {}
                        Some(false) => hits.push(n),
                        None => unknown = true,
                    }
                }
                if !hits.is_empty() {
                    let message = if o.ports.is_all() {
                        format!(
                            "network ACL allows all ports from `{}`, {} among them",
                            o.cidr,
                            hits.join(" and ")
                        )
                    } else {
                        format!(
                            "network ACL allows {} from `{}`",
                            hits.join(" and "),
                            o.cidr
                        )
                    };
                    cx.report(o.instance, &o.path, message);
                } else if unknown {
                    cx.undecided(i);
                } else {
                    cx.pass(i);
                }
            }
        }
    }
}
