//! TFG-ENC-025: load balancer listener serves plain HTTP without redirecting to HTTPS.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-025",
    name: "lb-listener-plain-http",
    title: "Load balancer listener serves plain HTTP without redirecting to HTTPS",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0054",
        "AVD-AWS-0054",
        "aws-elb-http-not-used",
        "CKV_AWS_2",
        "CKV_AWS_378",
        "CKV2_AWS_20",
        "de7f5e83-da88-4046-871f-ea18504b1d43",
        "AC_AWS_0491",
        "AC_AWS_0492",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["ALB/NLB listener uses plain HTTP"],
    resources: &["aws_lb_listener", "aws_alb_listener", "aws_lb_target_group"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-025.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    for t in ["aws_lb_listener", "aws_alb_listener"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            let protocol = match node.get("protocol") {
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                Some(Value::String(p)) => p.to_ascii_uppercase(),
                // Unset is HTTP for application load balancers; other types always set it.
                _ => {
                    if node.set("certificate_arn").is_some() {
                        "HTTPS".to_string()
                    } else {
                        "HTTP".to_string()
                    }
                }
            };
            if protocol != "HTTP" {
                cx.pass(i);
                continue;
            }
            let actions = node.children("default_action");
            let mut redirects = actions.iter().any(|a| {
                a.get("type").and_then(Value::as_str) == Some("redirect")
                    && a.child("redirect").is_some_and(|r| {
                        r.get("protocol")
                            .and_then(Value::as_str)
                            .is_some_and(|p| p.eq_ignore_ascii_case("HTTPS"))
                    })
            });
            let unknown = actions
                .iter()
                .any(|a| a.get("type").is_some_and(Value::is_unknown));
            // A fixed response (403, maintenance page) serves no data.
            redirects |= actions
                .iter()
                .any(|a| a.get("type").and_then(Value::as_str) == Some("fixed-response"));
            if redirects {
                cx.pass(i);
            } else if unknown {
                cx.undecided(i);
            } else {
                let path = if node.set("protocol").is_some() {
                    "protocol"
                } else {
                    ""
                };
                cx.report(
                    i,
                    path,
                    format!(
                        "{} serves plain HTTP without redirecting to HTTPS",
                        label(inst)
                    ),
                );
            }
        }
    }
}
