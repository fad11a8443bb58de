//! TFG-ENC-027: classic load balancer listener is not encrypted.

use crate::finding::Severity;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-027",
    name: "classic-elb-insecure-listener",
    title: "Classic load balancer listener is not encrypted",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
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
    doc: include_str!("../../../rules/TFG-ENC-027.md"),
    check,
};

/// The port on which a TCP listener is taken to pass TLS through to the instances.
const TLS_PORT: f64 = 443.0;

/// Protocols of an `SSLNegotiationPolicyType` policy that must not be enabled.
const WEAK_PROTOCOLS: &[&str] = &[
    "Protocol-SSLv2",
    "Protocol-SSLv3",
    "Protocol-TLSv1",
    "Protocol-TLSv1.1",
];

/// Fragments of OpenSSL cipher names that mark a broken or export-grade cipher: RC4, DES and
/// 3DES, export, null encryption, MD5 MACs, anonymous key exchange.
const WEAK_CIPHERS: &[&str] = &["RC4", "DES", "EXP", "NULL", "MD5", "ADH", "AECDH"];

fn is_unknown(n: &Node) -> bool {
    matches!(n, Node::Value(v) if v.is_unknown())
}

fn check(cx: &mut Checker) {
    check_listeners(cx);
    check_policies(cx);
}

/// `listener` blocks of internet-facing classic load balancers that take plain traffic.
fn check_listeners(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elb") {
        let node = inst.node();
        let internal = flag(node.get("internal"));
        if internal == Flag::True {
            cx.pass(i);
            continue;
        }
        let mut unknown = internal == Flag::Unknown;
        let mut findings = Vec::new();
        for (n, l) in node.children("listener").into_iter().enumerate() {
            if is_unknown(&l) {
                unknown = true;
                continue;
            }
            let port = l.get("lb_port");
            let port_text = port
                .and_then(Value::to_str)
                .map(|p| format!(" on port {p}"))
                .unwrap_or_default();
            match l.get("lb_protocol") {
                Some(Value::Unknown(_)) => unknown = true,
                Some(Value::String(p)) if p.eq_ignore_ascii_case("http") => findings.push((
                    i,
                    format!("listener[{n}].lb_protocol"),
                    format!(
                        "{} listens{port_text} with `lb_protocol = \"{p}\"`: clients reach the internet-facing load balancer without encryption",
                        label(inst)
                    ),
                )),
                Some(Value::String(p)) if p.eq_ignore_ascii_case("tcp") => {
                    match port {
                        Some(Value::Unknown(_)) => unknown = true,
                        // TCP on 443 passes TLS through to the instances.
                        Some(v) if v.to_number() == Some(TLS_PORT) => {}
                        _ => findings.push((
                            i,
                            format!("listener[{n}].lb_protocol"),
                            format!(
                                "{} listens{port_text} with `lb_protocol = \"{p}\"`: the internet-facing load balancer accepts traffic without TLS",
                                label(inst)
                            ),
                        )),
                    }
                }
                _ => {}
            }
        }
        if internal == Flag::Unknown && !findings.is_empty() {
            // Plain listeners, but whether the load balancer faces the internet is unknown.
            cx.undecided(i);
        } else {
            cx.settle(i, unknown, findings);
        }
    }
}

/// `SSLNegotiationPolicyType` policies that enable old protocols or weak ciphers, or
/// reference a predefined policy older than TLS 1.2.
fn check_policies(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_load_balancer_policy") {
        let node = inst.node();
        match node.get("policy_type_name") {
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(Value::String(t)) if &**t == "SSLNegotiationPolicyType" => {}
            _ => {
                cx.pass(i);
                continue;
            }
        }
        let mut unknown = false;
        let mut findings = Vec::new();
        for (n, a) in node.children("policy_attribute").into_iter().enumerate() {
            if is_unknown(&a) {
                unknown = true;
                continue;
            }
            let (Some(name), Some(value)) = (a.get("name"), a.get("value")) else {
                continue;
            };
            if name.is_unknown() || value.is_unknown() {
                unknown = true;
                continue;
            }
            let (Some(name), Some(value)) = (name.to_str(), value.to_str()) else {
                continue;
            };
            let enabled = value.eq_ignore_ascii_case("true");
            let upper = name.to_ascii_uppercase();
            let what = if &*name == "Reference-Security-Policy" {
                (!value.starts_with("ELBSecurityPolicy-TLS-1-2-")).then(|| {
                    format!(
                        "references the predefined policy \"{value}\", which accepts TLS below 1.2"
                    )
                })
            } else if enabled && WEAK_PROTOCOLS.contains(&&*name) {
                Some(format!("enables `{name}`"))
            } else if enabled
                && name.contains('-')
                && WEAK_CIPHERS.iter().any(|w| upper.contains(w))
            {
                Some(format!("enables the weak cipher `{name}`"))
            } else {
                None
            };
            if let Some(what) = what {
                findings.push((
                    i,
                    format!("policy_attribute[{n}]"),
                    format!("{} {what}", label(inst)),
                ));
            }
        }
        cx.settle(i, unknown, findings);
    }
}
