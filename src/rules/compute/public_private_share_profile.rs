//! TFG-EC2-012: A public and a private EC2 instance share one instance profile.

use std::collections::{BTreeMap, HashSet};

use crate::finding::Severity;
use crate::link::Target;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-012",
    name: "public-private-share-profile",
    title: "A public and a private EC2 instance share one instance profile",
    severity: Severity::Medium,
    area: Area::Compute,
    aliases: &["c53c7a89-f9d7-4c7b-8b66-8a555be99593"],
    compliance: &[
        "SOC2:CC6.3",
        "SOC2:CC6.6",
        "NIST:AC-6",
        "NIST:SC-7(29)",
        "ISO27001:A.8.2",
        "ISO27001:A.8.22",
    ],
    controls: &["Public and private instances share one instance profile"],
    resources: &["aws_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-012.md"),
    check,
};

/// Whether an instance gets a public IPv4 address.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    Public,
    Private,
    Unknown,
}

fn reach(cx: &Checker, inst: &Instance, with_eip: &HashSet<usize>, i: usize) -> Reach {
    if with_eip.contains(&i) {
        return Reach::Public;
    }
    let node = inst.node();
    match flag(node.get("associate_public_ip_address")) {
        Flag::True => return Reach::Public,
        Flag::False => return Reach::Private,
        Flag::Unknown => return Reach::Unknown,
        Flag::Unset => {}
    }
    if node.has_child("network_interface") || node.has_child("launch_template") {
        return Reach::Unknown;
    }
    let Some(subnet) = node.set("subnet_id") else {
        // The default subnet of the default VPC, which gives every instance a public address.
        return Reach::Public;
    };
    match cx.links.resolve(inst, subnet, &["aws_subnet"]) {
        Target::Instance(s) => {
            match flag(cx.links.instance(s).node().get("map_public_ip_on_launch")) {
                Flag::True => Reach::Public,
                Flag::False | Flag::Unset => Reach::Private,
                Flag::Unknown => Reach::Unknown,
            }
        }
        Target::Unknown | Target::External => Reach::Unknown,
    }
}

/// What identifies the instance profile: its name, or the profile resource it refers to.
fn profile(v: Option<&Value>) -> Option<Result<String, ()>> {
    match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(Ok(format!("`{s}`"))),
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            Some(Ok(format!("`{resource}`")))
        }
        Some(_) => Some(Err(())),
    }
}

fn check(cx: &mut Checker) {
    let instances = cx.resources("aws_instance");
    if instances.is_empty() {
        return;
    }
    let links = cx.links;
    // Instances an Elastic IP is attached to, found once.
    let mut with_eip = HashSet::new();
    for (rtype, arg) in [
        ("aws_eip", "instance"),
        ("aws_eip_association", "instance_id"),
    ] {
        for (_, eip) in cx.resources(rtype) {
            if let Some(v) = eip.node().get(arg)
                && let Target::Instance(k) = links.resolve(eip, v, &["aws_instance"])
            {
                with_eip.insert(k);
            }
        }
    }
    // Instances by root and profile, with how they are reached.
    let mut groups: BTreeMap<(String, String), Vec<(usize, Reach)>> = BTreeMap::new();
    for &(i, inst) in &instances {
        match profile(inst.node().get("iam_instance_profile")) {
            None => cx.pass(i),
            Some(Err(())) => cx.undecided(i),
            Some(Ok(key)) => groups
                .entry((inst.root.to_string(), key))
                .or_default()
                .push((i, reach(cx, inst, &with_eip, i))),
        }
    }
    for ((_, key), members) in groups {
        let private = members
            .iter()
            .find(|(_, r)| *r == Reach::Private)
            .map(|(k, _)| *k);
        let any_unknown = members.iter().any(|(_, r)| *r == Reach::Unknown);
        for &(i, r) in &members {
            match (r, private) {
                (Reach::Public, Some(p)) => {
                    let inst = links.instance(i);
                    cx.report(
                        i,
                        "iam_instance_profile",
                        format!(
                            "{} gets a public address and uses instance profile {key}, as \
                             private instance `{}` does: whoever takes over the exposed \
                             instance gets the role the private one needs",
                            label(inst),
                            links.instance(p).address
                        ),
                    );
                }
                (Reach::Public, None) if any_unknown => cx.undecided(i),
                (Reach::Unknown, _) if members.len() > 1 => cx.undecided(i),
                _ => cx.pass(i),
            }
        }
    }
}
