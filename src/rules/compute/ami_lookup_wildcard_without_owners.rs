//! TFG-EC2-005: AMI lookup matches a name pattern among every account's public images.

use super::helpers::{ami_owner_restricted, ami_wildcard_name};
use crate::finding::Severity;
use crate::model::Mode;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-005",
    name: "ami-lookup-wildcard-without-owners",
    title: "AMI lookup matches a name pattern among every account's public images",
    severity: Severity::High,
    area: Area::Compute,
    aliases: &[
        "AWS-0344",
        "AVD-AWS-0344",
        "aws-ami-ensure-ami-has-owners",
        "CKV_AWS_386",
    ],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:SR-11",
        "NIST:CM-14",
        "ISO27001:A.8.19",
    ],
    controls: &["AMI data source restricts owners: a name pattern without owners"],
    resources: &["aws_ami"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-005.md"),
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
            Some(false) => match ami_wildcard_name(inst) {
                Some((k, pattern)) => cx.report(
                    i,
                    &format!("filter[{k}]"),
                    format!(
                        "`{}` does not set `owners` and filters names by the pattern \
                         \"{pattern}\": any account can publish a matching image, and the \
                         lookup may pick it",
                        inst.address
                    ),
                ),
                // Without a name pattern: TFG-EC2-006.
                None => cx.pass(i),
            },
        }
    }
}
