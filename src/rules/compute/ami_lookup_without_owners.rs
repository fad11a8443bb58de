//! TFG-EC2-006: AMI lookup does not restrict the images' owners.

use super::helpers::{ami_owner_restricted, ami_wildcard_name};
use crate::finding::Severity;
use crate::model::Mode;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-006",
    name: "ami-lookup-without-owners",
    title: "AMI lookup does not restrict the images' owners",
    severity: Severity::Medium,
    area: Area::Compute,
    aliases: &["AWS-0344", "AVD-AWS-0344", "aws-ami-ensure-ami-has-owners"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:SR-11",
        "NIST:CM-14",
        "ISO27001:A.8.19",
    ],
    controls: &["AMI data source restricts owners: no owners without a name pattern"],
    resources: &["aws_ami"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.links.instances() {
        if inst.mode != Mode::Data || inst.rtype != "aws_ami" {
            continue;
        }
        match ami_owner_restricted(inst) {
            Some(true) => cx.pass(i),
            None => cx.undecided(i),
            // A name pattern is TFG-EC2-005's finding.
            Some(false) if ami_wildcard_name(inst).is_some() => cx.pass(i),
            Some(false) => cx.report(
                i,
                "",
                format!(
                    "`{}` does not set `owners`: the lookup searches every account's public \
                     images, and any account can publish one that matches its filters",
                    inst.address
                ),
            ),
        }
    }
}
