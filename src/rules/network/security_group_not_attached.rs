//! TFG-NET-010: a security group nothing uses.

use crate::finding::Severity;
use crate::model::EvalBody;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};
use rustc_hash::FxHashSet as HashSet;

pub static RULE: Rule = Rule {
    id: "TFG-NET-010",
    name: "security-group-not-attached",
    title: "Security group is not attached to any resource",
    severity: Severity::Low,
    area: Area::Network,
    aliases: &["CKV2_AWS_5", "4849211b-ac39-479e-ae78-5694d506cb24"],
    compliance: &["SOC2:CC8.1", "NIST:CM-8", "NIST:CM-7"],
    controls: &["SG defined but not attached"],
    resources: &["aws_security_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-010.md"),
    check,
};

/// Resource types that only define rules of a group; pointing at a group is not using it.
const RULE_TYPES: &[&str] = &[
    "aws_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
];

/// What the other resources of a root say about security groups.
#[derive(Default)]
struct Uses<'w> {
    /// `(root, address)` of every resource an unknown refers to.
    used: HashSet<(&'w str, &'w str)>,
    /// `(root, text)` of every known string in a security-group argument: a group named there
    /// (`security_groups = ["web"]`, or `aws_security_group.web.name` known as `"web"`) is
    /// attached by name.
    named: HashSet<(&'w str, &'w str)>,
    /// Roots where a security-group argument holds an unknown that names no resource.
    opaque: bool,
}

/// Collects the references to resources in a value, the known strings of security-group
/// arguments, and whether an untraceable unknown sits in such an argument.
fn scan<'w>(root: &'w str, v: &'w Value, key: &str, uses: &mut Uses<'w>) {
    match v {
        Value::Unknown(Unknown::Attribute { resource, .. }) => {
            uses.used.insert((root, resource));
        }
        Value::Unknown(_) => uses.opaque |= key.contains("security_group"),
        Value::List(items) | Value::Set(items) => {
            items.iter().for_each(|i| scan(root, i, key, uses));
        }
        Value::Object(o) => o
            .fields
            .iter()
            .for_each(|(k, i)| scan(root, i, inner_key(key, k), uses)),
        Value::String(s) if key.contains("security_group") => {
            // A comma-joined list (Elastic Beanstalk's `SecurityGroups` setting) names each.
            for part in s.split(',') {
                uses.named.insert((root, part.trim()));
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// The argument name that decides whether an unknown is a security group: the outermost
/// one that mentions security groups, else the innermost.
fn inner_key<'a>(outer: &'a str, inner: &'a str) -> &'a str {
    if outer.contains("security_group") {
        outer
    } else {
        inner
    }
}

fn scan_body<'w>(root: &'w str, body: &'w EvalBody, key: &str, uses: &mut Uses<'w>) {
    // A name-value setting block that names security groups (Elastic Beanstalk's
    // `setting { name = "SecurityGroups", value = join(",", [...]) }`): its value may hold
    // group ids whatever the argument is called.
    let names_groups = body.attrs.values().any(|a| {
        matches!(&a.value, Value::String(s) if s.to_ascii_lowercase().contains("securitygroup"))
    });
    let key = if names_groups { "security_group" } else { key };
    for (k, a) in &body.attrs {
        scan(root, &a.value, inner_key(key, k), uses);
    }
    for b in &body.blocks {
        scan_body(root, &b.body, inner_key(key, &b.kind), uses);
    }
}

fn check(cx: &mut Checker) {
    let groups = cx.resources("aws_security_group");
    if groups.is_empty() {
        // Nothing to look for: skip walking every other resource's values.
        return;
    }
    let links = cx.links;
    // Addresses are unique only within a root: a group is used when its own root refers to
    // it.
    let mut uses = Uses::default();
    let mut opaque_roots = HashSet::default();
    for (_, inst) in links.instances() {
        if RULE_TYPES.contains(&inst.rtype.as_str()) {
            continue;
        }
        uses.opaque = false;
        scan_body(&inst.root, &inst.body, "", &mut uses);
        if uses.opaque {
            opaque_roots.insert(&*inst.root);
        }
    }
    for (g, group) in groups {
        let by_name = group
            .node()
            .get("name")
            .and_then(Value::as_str)
            .is_some_and(|n| uses.named.contains(&(&*group.root, n)));
        if by_name || uses.used.contains(&(&*group.root, group.address.as_str())) {
            cx.pass(g);
        } else if opaque_roots.contains(&*group.root) {
            cx.undecided(g);
        } else {
            cx.report(
                g,
                "",
                format!(
                    "{} is not used by any resource in this configuration",
                    label(group)
                ),
            );
        }
    }
}
