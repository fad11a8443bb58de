//! TFG-IAM-055: an OpenSearch/Elasticsearch domain access policy that lets callers in
//! without IAM authentication (a `"*"` principal, whatever address or network conditions
//! it has), on a domain without fine-grained access control.

use std::collections::HashMap;

use super::helpers::{Verdict, judge_list, resource_policies};
use crate::finding::Severity;
use crate::link::policy::{Effect, Statement};
use crate::link::{Links, Target};
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-055",
    name: "search-domain-policy-allows-anonymous",
    title: "OpenSearch/Elasticsearch domain policy lets callers in without IAM authentication",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["e7530c3c-b7cf-4149-8db9-d037a0b5268e"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-2",
        "NIST:AC-3",
        "ISO27001:A.8.5",
        "ISO27001:A.5.15",
    ],
    controls: &[
        "OpenSearch/Elasticsearch domain access policy allows anonymous (unauthenticated) callers",
    ],
    resources: &[
        "aws_elasticsearch_domain",
        "aws_elasticsearch_domain_policy",
        "aws_opensearch_domain",
        "aws_opensearch_domain_policy",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-055.md"),
    check,
};

const DOMAINS: &[&str] = &["aws_opensearch_domain", "aws_elasticsearch_domain"];
const POLICIES: &[&str] = &[
    "aws_opensearch_domain_policy",
    "aws_elasticsearch_domain_policy",
];

/// Condition keys that only an IAM-authenticated caller carries: a positive test of one of
/// them with specific values means the request was signed by a known identity.
const IDENTITY_KEYS: &[&str] = &[
    "aws:PrincipalAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalArn",
    "aws:userid",
];

fn check(cx: &mut Checker) {
    let links = cx.links;
    // Domains by root and name, built once: a policy resource names its domain.
    let mut by_name: HashMap<(&str, &str), usize> = HashMap::new();
    for &t in DOMAINS {
        for &d in links.of_type(t) {
            let inst = links.instance(d);
            if let Some(name) = inst.node().get("domain_name").and_then(Value::as_str) {
                by_name.insert((&*inst.root, name), d);
            }
        }
    }
    let holders: Vec<(&str, &str)> = DOMAINS
        .iter()
        .chain(POLICIES)
        .map(|&t| (t, "access_policies"))
        .collect();
    let mut off = Vec::new();
    let mut unknown = Vec::new();
    for at in resource_policies(links, &holders) {
        match fine_grained(links, &by_name, at.instance) {
            Some(true) => cx.pass(at.instance),
            Some(false) => off.push(at),
            None => unknown.push(at),
        }
    }
    judge_list(cx, &off, |_, s| anonymous(s));
    judge_list(cx, &unknown, |_, s| match anonymous(s) {
        Verdict::Bad(_) => Verdict::Unknown,
        v => v,
    });
}

/// Whether the domain the policy belongs to has fine-grained access control on (which
/// authenticates every request itself, so an open policy is the documented setup). `None`
/// when the domain is not in the configuration or the setting is unknown.
fn fine_grained(links: &Links, by_name: &HashMap<(&str, &str), usize>, i: usize) -> Option<bool> {
    let inst = links.instance(i);
    let domain = if DOMAINS.contains(&inst.rtype.as_str()) {
        i
    } else {
        let v = inst.node().get("domain_name")?;
        match v.as_str() {
            Some(name) => *by_name.get(&(&*inst.root, name))?,
            None => match links.resolve(inst, v, DOMAINS) {
                Target::Instance(d) => d,
                Target::Unknown | Target::External => return None,
            },
        }
    };
    let Some(block) = links
        .instance(domain)
        .node()
        .child("advanced_security_options")
    else {
        return Some(false);
    };
    match flag(block.get("enabled")) {
        Flag::True => Some(true),
        Flag::False | Flag::Unset => Some(false),
        Flag::Unknown => None,
    }
}

/// An `Allow` statement for any principal (`"*"`, `NotPrincipal`) that no condition limits
/// to IAM-authenticated callers: an address range, a VPC or TLS says where a request comes
/// from, not who signed it.
fn anonymous(s: &Statement) -> Verdict {
    if s.effect != Effect::Allow {
        return Verdict::Good;
    }
    let principal_unknown = s
        .principals
        .as_ref()
        .is_some_and(|p| p.unknown && !p.anyone);
    if principal_unknown {
        return Verdict::Unknown;
    }
    if !s.applies_to_anyone() {
        return Verdict::Good;
    }
    let mut undecided = s.condition_unknown;
    for c in &s.conditions {
        if !IDENTITY_KEYS.iter().any(|k| k.eq_ignore_ascii_case(&c.key)) {
            continue;
        }
        match c.narrows_principal() {
            Some(true) => return Verdict::Good,
            Some(false) => {}
            None => undecided = true,
        }
    }
    if undecided {
        return Verdict::Unknown;
    }
    let who = if s.not_principal {
        "every principal outside `NotPrincipal`"
    } else {
        "any principal (\"*\")"
    };
    let how = if s.conditions.is_empty() {
        "with no condition"
    } else {
        "with conditions that do not identify the caller"
    };
    Verdict::Bad(format!(
        "allows {who} {how}, on a domain without fine-grained access control: requests need no signature, so nobody is identified or accountable"
    ))
}
