//! TFG-ENC-025: load balancer listener serves plain HTTP without redirecting to HTTPS, or an
//! HTTP target group that no HTTPS listener fronts.

use crate::finding::Severity;
use crate::finding::remedy::Change;
use crate::finding::remedy::{Remedy, Safety};
use crate::link::{Links, Target};
use crate::model::Instance;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

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
        "CKV_AWS_103",
        "de7f5e83-da88-4046-871f-ea18504b1d43",
        "AC_AWS_0491",
        "AC_AWS_0492",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["ALB/NLB listener uses plain HTTP"],
    resources: &[
        "aws_lb_listener",
        "aws_alb_listener",
        "aws_lb_target_group",
        "aws_alb_target_group",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-025.md"),
    check,
};

/// The protocol a listener serves.
enum Protocol {
    /// Written in the configuration (upper case).
    Set(String),
    /// Unset on an application load balancer: the provider sends HTTP.
    DefaultHttp,
    /// Unset on a network or gateway load balancer, or with a certificate: not HTTP.
    NotHttp,
    Unknown,
}

/// The listener's protocol as written, else what the provider sends when it is unset: HTTP
/// when the load balancer is an application one (its ARN has `loadbalancer/app/`), nothing
/// for network and gateway load balancers.
fn protocol(links: &Links, inst: &Instance) -> Protocol {
    let node = inst.node();
    match node.get("protocol") {
        Some(Value::Unknown(_)) => return Protocol::Unknown,
        Some(Value::String(p)) => return Protocol::Set(p.to_ascii_uppercase()),
        _ => {}
    }
    if node.set("certificate_arn").is_some() {
        return Protocol::NotHttp;
    }
    match node.get("load_balancer_arn") {
        Some(Value::String(arn)) if arn.contains("loadbalancer/app/") => Protocol::DefaultHttp,
        Some(Value::String(_)) => Protocol::NotHttp,
        Some(lb) => match links.resolve(inst, lb, &["aws_lb", "aws_alb"]) {
            Target::Instance(j) => match links.instance(j).node().get("load_balancer_type") {
                None | Some(Value::Null) => Protocol::DefaultHttp,
                Some(Value::String(t)) if &**t == "application" => Protocol::DefaultHttp,
                Some(Value::Unknown(_)) => Protocol::Unknown,
                Some(_) => Protocol::NotHttp,
            },
            Target::Unknown | Target::External => Protocol::Unknown,
        },
        None => Protocol::Unknown,
    }
}

/// What a default action does with plain HTTP requests.
enum Action {
    /// Redirects to HTTPS, or answers with a fixed response: no content over HTTP.
    Safe,
    /// Forwards or authenticates: content is served over HTTP.
    Serves(String),
    Unknown,
}

fn action(a: &Node) -> Action {
    if let Node::Value(v) = a
        && v.is_unknown()
    {
        return Action::Unknown;
    }
    match a.get("type") {
        Some(Value::Unknown(_)) => Action::Unknown,
        Some(Value::String(t)) if &**t == "fixed-response" => Action::Safe,
        Some(Value::String(t)) if &**t == "redirect" => match a.child("redirect") {
            Some(Node::Value(v)) if v.is_unknown() => Action::Unknown,
            // The redirect protocol defaults to `#{protocol}`: the same plain HTTP.
            Some(r) => match r.get("protocol") {
                Some(Value::Unknown(_)) => Action::Unknown,
                Some(Value::String(p)) if p.eq_ignore_ascii_case("HTTPS") => Action::Safe,
                Some(Value::String(p)) => Action::Serves(format!("redirect to {p}")),
                _ => Action::Serves("redirect keeping the protocol".to_string()),
            },
            None => Action::Serves("redirect without a `redirect` block".to_string()),
        },
        Some(Value::String(t)) => Action::Serves(t.to_string()),
        _ => Action::Serves("without a type".to_string()),
    }
}

const LISTENERS: &[&str] = &["aws_lb_listener", "aws_alb_listener"];
const TARGET_GROUPS: &[&str] = &["aws_lb_target_group", "aws_alb_target_group"];

/// The target groups an action sends requests to: `target_group_arn` and every
/// `forward.target_group.arn`.
fn forwarded<'a>(a: &Node<'a>) -> Vec<&'a Value> {
    let mut out: Vec<&Value> = a.set("target_group_arn").into_iter().collect();
    for f in a.children("forward") {
        out.extend(
            f.children("target_group")
                .iter()
                .filter_map(|t| t.set("arn")),
        );
    }
    out
}

/// What the listeners of this configuration say about each target group: which listeners
/// forward to it (by default action or through an `aws_lb_listener_rule`), and whether some
/// forwarding cannot be traced (its target group or listener is unknown).
struct Fronts {
    /// (target group, listener) pairs.
    pairs: Vec<(usize, usize)>,
    /// Target groups forwarded to by a listener rule whose listener is unknown.
    untraced_groups: Vec<usize>,
    /// Roots where some action forwards to a target group that cannot be known: it may be any
    /// of that root's.
    untraced: Vec<std::sync::Arc<str>>,
}

fn fronts(links: &Links) -> Fronts {
    let mut fronts = Fronts {
        pairs: Vec::new(),
        untraced_groups: Vec::new(),
        untraced: Vec::new(),
    };
    let add =
        |fronts: &mut Fronts, inst: &Instance, listener: Option<usize>, actions: Vec<Node>| {
            for a in actions {
                if let Node::Value(v) = a
                    && v.is_unknown()
                {
                    fronts.untraced.push(inst.root.clone());
                    continue;
                }
                for tg in forwarded(&a) {
                    match (links.resolve(inst, tg, TARGET_GROUPS), listener) {
                        (Target::Instance(g), Some(l)) => fronts.pairs.push((g, l)),
                        (Target::Instance(g), None) => fronts.untraced_groups.push(g),
                        (Target::Unknown, _) => fronts.untraced.push(inst.root.clone()),
                        (Target::External, _) => {}
                    }
                }
            }
        };
    for &t in LISTENERS {
        for &l in links.of_type(t) {
            let inst = links.instance(l);
            add(
                &mut fronts,
                inst,
                Some(l),
                inst.node().children("default_action"),
            );
        }
    }
    for t in ["aws_lb_listener_rule", "aws_alb_listener_rule"] {
        for &r in links.of_type(t) {
            let inst = links.instance(r);
            let listener = inst
                .node()
                .get("listener_arn")
                .map(|v| links.resolve(inst, v, LISTENERS));
            // A rule of a listener outside this configuration: not known to be TLS.
            let listener = match listener {
                Some(Target::Instance(l)) => Some(l),
                Some(Target::External) => continue,
                _ => None,
            };
            add(&mut fronts, inst, listener, inst.node().children("action"));
        }
    }
    fronts
}

/// Target groups that take plain HTTP (`protocol = "HTTP"`) pass when a listener that forwards
/// to them terminates TLS (any protocol but HTTP): the clients' traffic is then encrypted up
/// to the load balancer. Otherwise nothing in front of them is known to use TLS.
fn check_target_groups(cx: &mut Checker) {
    let links = cx.links;
    let fronts = fronts(links);
    for &t in TARGET_GROUPS {
        for (i, inst) in cx.resources(t) {
            match inst.node().get("protocol") {
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                Some(Value::String(p)) if p.eq_ignore_ascii_case("HTTP") => {}
                _ => {
                    cx.pass(i);
                    continue;
                }
            }
            let mut unknown =
                fronts.untraced.contains(&inst.root) || fronts.untraced_groups.contains(&i);
            let mut tls = false;
            for &(_, l) in fronts.pairs.iter().filter(|(g, _)| *g == i) {
                match protocol(links, links.instance(l)) {
                    Protocol::Unknown => unknown = true,
                    Protocol::Set(p) if p != "HTTP" => tls = true,
                    Protocol::NotHttp => tls = true,
                    Protocol::Set(_) | Protocol::DefaultHttp => {}
                }
            }
            if tls {
                cx.pass(i);
            } else if unknown {
                cx.undecided(i);
            } else {
                cx.report(
                    i,
                    "protocol",
                    format!(
                        "{} uses protocol \"HTTP\" and no listener of this configuration that forwards to it uses HTTPS",
                        label(inst)
                    ),
                );
            }
        }
    }
}

fn check(cx: &mut Checker) {
    check_target_groups(cx);
    let links = cx.links;
    for &t in LISTENERS {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            let (path, how) = match protocol(links, inst) {
                Protocol::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                Protocol::NotHttp => {
                    cx.pass(i);
                    continue;
                }
                Protocol::Set(p) if p != "HTTP" => {
                    cx.pass(i);
                    continue;
                }
                Protocol::Set(_) => ("protocol", "uses protocol \"HTTP\"".to_string()),
                Protocol::DefaultHttp => (
                    "",
                    "does not set `protocol`, which is \"HTTP\" for an application load balancer,"
                        .to_string(),
                ),
            };
            let mut unknown = false;
            let mut served = Vec::new();
            let mut safe = false;
            for a in node.children("default_action") {
                match action(&a) {
                    Action::Safe => safe = true,
                    Action::Unknown => unknown = true,
                    Action::Serves(what) => served.push(what),
                }
            }
            if safe && served.is_empty() {
                cx.pass(i);
            } else if unknown {
                cx.undecided(i);
            } else {
                let actions = if served.is_empty() {
                    "no default action".to_string()
                } else {
                    format!("default action: {}", served.join(", "))
                };
                let message = format!(
                    "{} {how} without redirecting to HTTPS ({actions})",
                    label(inst)
                );
                // One action that serves content: redirect instead. Unsafe: HTTP clients that
                // cannot follow redirects, and targets reached only over HTTP, are cut off.
                let remedy = (node.children("default_action").len() == 1).then(|| Remedy {
                    title: "Redirect to HTTPS instead (default_action of type \"redirect\")"
                        .to_string(),
                    safety: Safety::Unsafe,
                    change: Change::ReplaceBlock {
                        path: "default_action[0]".to_string(),
                        settings: vec![
                            ("type".to_string(), "\"redirect\"".to_string()),
                            ("redirect.port".to_string(), "\"443\"".to_string()),
                            ("redirect.protocol".to_string(), "\"HTTPS\"".to_string()),
                            (
                                "redirect.status_code".to_string(),
                                "\"HTTP_301\"".to_string(),
                            ),
                        ],
                    },
                });
                cx.report_maybe_fix(i, path, message, remedy);
            }
        }
    }
}
