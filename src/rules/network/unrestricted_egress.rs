//! TFG-NET-007: outbound traffic to the whole internet on every port.

use super::helpers::exposure::{Verdict, describe_group};
use crate::finding::Severity;
use crate::link::sg::Direction;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-007",
    name: "unrestricted-egress",
    title: "Security group allows all outbound traffic to the internet",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &[
        "AWS-0104",
        "AVD-AWS-0104",
        "aws-ec2-no-public-egress-sgr",
        "CKV_AWS_382",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:SC-7(5)"],
    controls: &["SG egress to 0.0.0.0/0"],
    resources: &[
        "aws_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_egress_rule",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (rule, verdict) in super::helpers::exposure::verdicts(cx, Direction::Egress) {
        match verdict {
            Verdict::Undecided => cx.undecided(rule.instance),
            Verdict::Closed => cx.pass(rule.instance),
            Verdict::Open(open) if !open.ports.is_all() => cx.pass(rule.instance),
            Verdict::Open(open) => {
                let group = describe_group(cx, &open.rule);
                for (path, cidr) in &open.sources {
                    cx.report(
                        rule.instance,
                        path,
                        format!("{group} allows egress to `{cidr}` on all ports"),
                    );
                }
            }
        }
    }
}
