//! TFG-NET-008: the VPC's default security group has rules.

use rustc_hash::FxHashMap as HashMap;

use crate::finding::Severity;
use crate::link::sg::{self};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-008",
    name: "default-security-group-allows-traffic",
    title: "Default security group allows traffic",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &[
        "AWS-0173",
        "AVD-AWS-0173",
        "aws-ec2-restrict-all-in-default-sg",
        "CKV2_AWS_12",
        "9a4ef195-74b9-4c58-b8ed-2b2fe4353a75",
        "46883ce1-dc3e-4b17-9195-c6a601624c73",
        "AC_AWS_0232",
        "FG_R00089",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-7", "CIS-AWS:5.4"],
    controls: &["Default SG must restrict all traffic"],
    resources: &["aws_default_security_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    // The rules of each default group, grouped once in rule order: filtering every rule of
    // the view per default group is quadratic in a root with many groups and rules. Only
    // rules marked `default_group` can belong to one.
    let mut by_group: HashMap<usize, Vec<&sg::SgRule>> = HashMap::default();
    for r in cx.links.sg_rules().iter().filter(|r| r.default_group) {
        if let Some(g) = r.group {
            by_group.entry(g).or_default().push(r);
        }
    }
    for (g, _) in cx.resources("aws_default_security_group") {
        let mine = by_group.get(&g).map_or(&[][..], Vec::as_slice);
        if mine.is_empty() {
            cx.pass(g);
        }
        for r in mine {
            let direction = match r.direction {
                sg::Direction::Ingress => "ingress",
                sg::Direction::Egress => "egress",
            };
            let path = if r.instance == g {
                r.path.clone()
            } else {
                String::new()
            };
            cx.report(
                r.instance,
                &path,
                format!(
                    "the default security group has an {direction} rule; it should allow no traffic"
                ),
            );
        }
    }
}
