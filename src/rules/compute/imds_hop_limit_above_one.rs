//! TFG-EC2-002: Launch template or launch configuration lets metadata responses travel more than one hop.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-002",
    name: "imds-hop-limit-above-one",
    title: "Launch template or launch configuration lets metadata responses travel more than one hop",
    severity: Severity::Low,
    area: Area::Compute,
    aliases: &["CKV_AWS_341"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-7", "ISO27001:A.8.9"],
    controls: &["IMDS response hop limit <= 1"],
    resources: &["aws_launch_template", "aws_launch_configuration"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    for rtype in ["aws_launch_template", "aws_launch_configuration"] {
        for (i, inst) in cx.resources(rtype) {
            let limit = inst
                .node()
                .child("metadata_options")
                .and_then(|o| o.get("http_put_response_hop_limit"));
            match limit {
                None | Some(Value::Null) => cx.pass(i),
                Some(Value::Unknown(_)) => cx.undecided(i),
                Some(v) => match v.to_number() {
                    Some(n) if n <= 1.0 => cx.pass(i),
                    Some(n) => cx.report(
                        i,
                        "metadata_options[0].http_put_response_hop_limit",
                        format!(
                            "{} sets `http_put_response_hop_limit` to {n}: containers and \
                             forwarded traffic on the instance can reach the metadata service \
                             and its credentials",
                            label(inst)
                        ),
                    ),
                    None => cx.undecided(i),
                },
            }
        }
    }
}
