//! TFG-ENC-026: load balancer listener allows outdated TLS versions.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-026",
    name: "lb-listener-outdated-tls-policy",
    title: "Load balancer listener allows outdated TLS versions",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0047",
        "AVD-AWS-0047",
        "aws-elb-use-secure-tls-policy",
        "CKV_AWS_103",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-13"],
    controls: &["ALB/NLB listener outdated TLS ssl_policy"],
    resources: &["aws_lb_listener", "aws_alb_listener"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-026.md"),
    check,
};

/// Predefined policies whose minimum is TLS 1.2 or 1.3. `ELBSecurityPolicy-TLS13-1-0-*` and
/// `-TLS13-1-1-*` add TLS 1.3 but still accept TLS 1.0 and 1.1.
const MODERN: &[&str] = &[
    "ELBSecurityPolicy-TLS13-1-2-",
    "ELBSecurityPolicy-TLS13-1-3-",
    "ELBSecurityPolicy-TLS-1-2-",
    "ELBSecurityPolicy-FS-1-2-",
];

/// What the API applies to an HTTPS or TLS listener created without `ssl_policy`.
const DEFAULT_POLICY: &str = "ELBSecurityPolicy-2016-08";

fn check(cx: &mut Checker) {
    for t in ["aws_lb_listener", "aws_alb_listener"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            match node.get("protocol") {
                Some(Value::String(p))
                    if p.eq_ignore_ascii_case("HTTPS") || p.eq_ignore_ascii_case("TLS") => {}
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                // HTTP, TCP, UDP, GENEVE: no TLS to judge.
                _ => {
                    cx.pass(i);
                    continue;
                }
            }
            match node.get("ssl_policy") {
                Some(Value::Unknown(_)) => cx.undecided(i),
                Some(Value::String(p)) if MODERN.iter().any(|m| p.starts_with(m)) => cx.pass(i),
                Some(Value::String(p)) => cx.report_fix(
                    i,
                    "ssl_policy",
                    format!(
                        "{} uses `ssl_policy = \"{p}\"`, which accepts TLS versions below 1.2",
                        label(inst)
                    ), Remedy::set(Safety::Unsafe, "ssl_policy", "\"ELBSecurityPolicy-TLS13-1-2-2021-06\"")),
                _ => cx.report_fix(
                    i,
                    "",
                    format!(
                        "{} does not set `ssl_policy`: the default \"{DEFAULT_POLICY}\" accepts TLS 1.0 and 1.1",
                        label(inst)
                    ), Remedy::set(Safety::Unsafe, "ssl_policy", "\"ELBSecurityPolicy-TLS13-1-2-2021-06\"")),
            }
        }
    }
}
