//! TFG-ENC-028: application load balancer does not drop invalid HTTP headers.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-028",
    name: "alb-keeps-invalid-headers",
    title: "Application load balancer does not drop invalid HTTP headers",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0052",
        "AVD-AWS-0052",
        "aws-elb-drop-invalid-headers",
        "CKV_AWS_131",
        "6e3fd2ed-5c83-4c68-9679-7700d224d379",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:SI-10"],
    controls: &["ALB drops invalid HTTP headers"],
    resources: &["aws_lb", "aws_alb"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-028.md"),
    check,
};

fn check(cx: &mut Checker) {
    for t in ["aws_lb", "aws_alb"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            match node.get("load_balancer_type") {
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                // Network and gateway load balancers do not parse HTTP headers.
                Some(Value::String(k)) if &**k != "application" => {
                    cx.pass(i);
                    continue;
                }
                _ => {}
            }
            match flag(node.get("drop_invalid_header_fields")) {
                Flag::True => cx.pass(i),
                Flag::Unknown => cx.undecided(i),
                Flag::Unset => cx.report_fix(
                    i,
                    "",
                    format!(
                        "{} does not set `drop_invalid_header_fields` (default false): malformed headers reach the targets",
                        label(inst)
                    ), Remedy::set(Safety::Safe, "drop_invalid_header_fields", "true")),
                Flag::False => cx.report_fix(
                    i,
                    "drop_invalid_header_fields",
                    format!(
                        "{} sets `drop_invalid_header_fields = false`: malformed headers reach the targets",
                        label(inst)
                    ), Remedy::set(Safety::Safe, "drop_invalid_header_fields", "true")),
            }
        }
    }
}
