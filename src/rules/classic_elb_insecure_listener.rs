//! TFG-ENC-027: classic load balancer listener is not encrypted.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-027",
    name: "classic-elb-insecure-listener",
    title: "Classic load balancer listener is not encrypted",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_376",
        "CKV_AWS_127",
        "126c1788-23c2-4a10-906c-ef179f4f96ec",
        "4a800e14-c94a-442d-9067-5a2e9f6c0a4c",
        "AC_AWS_0120",
        "AC_AWS_0171",
        "AC_AWS_0172",
        "FG_R00013",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-13"],
    controls: &["Classic ELB listener not TLS / weak ciphers / insecure protocols"],
    resources: &["aws_elb", "aws_load_balancer_policy"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-027.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    for (i, inst) in cx.resources("aws_elb") {
        let mut bad = false;
        let mut unknown = false;
        for (n, l) in inst.node().children("listener").into_iter().enumerate() {
            match l.get("lb_protocol") {
                Some(Value::String(p))
                    if p.eq_ignore_ascii_case("http") || p.eq_ignore_ascii_case("tcp") =>
                {
                    bad = true;
                    cx.report(
                        i,
                        &format!("listener[{n}].lb_protocol"),
                        format!(
                            "{} listens with `lb_protocol = \"{p}\"` (unencrypted)",
                            label(inst)
                        ),
                    );
                }
                Some(Value::Unknown(_)) => unknown = true,
                _ => {}
            }
        }
        if !bad {
            if unknown { cx.undecided(i) } else { cx.pass(i) }
        }
    }
    const WEAK: &[&str] = &["Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"];
    for (i, inst) in cx.resources("aws_load_balancer_policy") {
        let node = inst.node();
        if node.get("policy_type_name").and_then(Value::as_str) != Some("SSLNegotiationPolicyType")
        {
            cx.pass(i);
            continue;
        }
        let mut bad = None;
        for (n, a) in node.children("policy_attribute").into_iter().enumerate() {
            let name = a.get("name").and_then(Value::as_str).unwrap_or_default();
            let value = a.get("value").and_then(Value::as_str).unwrap_or_default();
            if WEAK.contains(&name) && value.eq_ignore_ascii_case("true") {
                bad = Some((n, format!("enables {name}")));
            }
            if name == "Reference-Security-Policy"
                && !value.starts_with("ELBSecurityPolicy-TLS-1-2")
            {
                bad = Some((
                    n,
                    format!(
                        "references the predefined policy \"{value}\", which allows TLS below 1.2"
                    ),
                ));
            }
        }
        match bad {
            Some((n, what)) => cx.report(
                i,
                &format!("policy_attribute[{n}]"),
                format!("{} {what}", label(inst)),
            ),
            None => cx.pass(i),
        }
    }
}
