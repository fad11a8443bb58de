//! TFG-NET-018: Load balancer is internet-facing.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::model::value::Value;
use crate::rules::common::simple::check_bool_unless;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-018",
    name: "load-balancer-internet-facing",
    title: "Load balancer is internet-facing",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &["AWS-0053", "AVD-AWS-0053", "aws-elb-alb-not-public"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7"],
    controls: &["Load balancer is internet-facing"],
    resources: &["aws_lb", "aws_alb", "aws_elb"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-NET-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    // A gateway load balancer has no listeners clients connect to: it takes traffic that
    // route tables send to its endpoints, and has no internet-facing scheme.
    let gateway = |inst: &crate::model::Instance| match inst.node().get("load_balancer_type") {
        Some(Value::String(t)) => Some(&**t == "gateway"),
        Some(Value::Unknown(_)) => None,
        _ => Some(false),
    };
    check_bool_unless(
        cx,
        &["aws_lb", "aws_alb", "aws_elb"],
        "internal",
        false,
        false,
        "it is reachable from the internet; make sure that is intended and it sits behind a WAF",
        Some(Safety::Unsafe),
        gateway,
    );
}
