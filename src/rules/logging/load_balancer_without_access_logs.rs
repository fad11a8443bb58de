//! TFG-LOG-010: an application or network load balancer writes no access log.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-010",
    name: "load-balancer-without-access-logs",
    title: "Application or network load balancer writes no access log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_91"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["ALB/NLB access logging"],
    resources: &["aws_lb", "aws_alb"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check_unless(
        cx,
        &["aws_lb", "aws_alb"],
        "access_logs.enabled",
        Expect::True { default: false },
        "requests through the load balancer leave no trace",
        // Gateway load balancers have no access logs.
        |lb| match lb.node().get("load_balancer_type") {
            Some(Value::String(t)) => Some(t.as_ref() == "gateway"),
            Some(Value::Unknown(_)) => None,
            _ => Some(false),
        },
    );
}
