//! TFG-EC2-008: EC2 instance uses its VPC's default security group.

use crate::finding::Severity;
use crate::model::Mode;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-008",
    name: "instance-uses-default-security-group",
    title: "EC2 instance uses its VPC's default security group",
    severity: Severity::Medium,
    area: Area::Compute,
    aliases: &["f1adc521-f79a-4d71-b55b-a68294687432"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-4",
        "CIS-AWS:5.4",
        "ISO27001:A.8.20",
    ],
    controls: &["EC2 instance uses the default security group"],
    resources: &["aws_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-008.md"),
    check,
};

/// What one element of a security group list is.
enum Group {
    Default(String),
    Other,
    Unknown,
}

fn group(cx: &Checker, from: &crate::model::Instance, v: &Value) -> Group {
    match v {
        // `security_groups` takes names; "default" is the default group's name.
        Value::String(s) if s.as_ref() == "default" => Group::Default("\"default\"".to_string()),
        Value::String(_) => Group::Other,
        Value::Unknown(Unknown::Attribute { resource, .. }) => {
            let Some(k) = cx.links.by_address(from, resource) else {
                // Not declared in this root (a module output, a removed resource).
                return if resource.rsplit('.').nth(1) == Some("aws_default_security_group") {
                    Group::Default(format!("`{resource}`"))
                } else {
                    Group::Unknown
                };
            };
            let target = cx.links.instance(k);
            match (target.mode, target.rtype.as_str()) {
                (Mode::Managed, "aws_default_security_group") => {
                    Group::Default(format!("`{}`", target.address))
                }
                (Mode::Data, "aws_security_group") => {
                    let node = target.node();
                    let by_name = node.get("name").and_then(Value::as_str) == Some("default");
                    let by_filter = node.children("filter").iter().any(|f| {
                        f.get("name").and_then(Value::as_str) == Some("group-name")
                            && f.get("values")
                                .and_then(Value::as_seq)
                                .is_some_and(|vs| vs.iter().any(|v| v.as_str() == Some("default")))
                    });
                    if by_name || by_filter {
                        Group::Default(format!("`{}`", target.address))
                    } else if node.get("id").is_some() || node.get("name").is_some() {
                        Group::Other
                    } else {
                        Group::Unknown
                    }
                }
                (Mode::Managed, _) => Group::Other,
                (Mode::Data, _) => Group::Unknown,
            }
        }
        _ => Group::Unknown,
    }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_instance") {
        let mut unknown = false;
        let mut found = None;
        for arg in ["vpc_security_group_ids", "security_groups"] {
            match inst.node().get(arg) {
                Some(Value::List(items) | Value::Set(items)) => {
                    for item in items.iter() {
                        match group(cx, inst, item) {
                            Group::Default(name) => {
                                found.get_or_insert((arg, name));
                            }
                            Group::Other => {}
                            Group::Unknown => unknown = true,
                        }
                    }
                }
                Some(Value::Unknown(_)) => unknown = true,
                _ => {}
            }
        }
        match found {
            Some((arg, name)) => cx.report(
                i,
                arg,
                format!(
                    "{} puts the VPC's default security group ({name}) in `{arg}`: every \
                     resource left in that group can reach the instance, and the group's rules \
                     are not written for it",
                    label(inst)
                ),
            ),
            None if unknown => cx.undecided(i),
            // An instance with no group at all gets the default group: TFG-EC2-009.
            None => cx.pass(i),
        }
    }
}
