//! TFG-NET-008: the VPC's default security group has rules, or a VPC leaves its default
//! group as AWS makes it (ingress from itself, all egress).

use rustc_hash::FxHashMap as HashMap;

use crate::finding::Severity;
use crate::link::Target;
use crate::link::sg::{self};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-008",
    name: "default-security-group-allows-traffic",
    title: "Default security group allows traffic",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &[
        "AWS-0173",
        "AVD-AWS-0173",
        "aws-ec2-restrict-all-in-default-sg",
        "CKV2_AWS_12",
        "9a4ef195-74b9-4c58-b8ed-2b2fe4353a75",
        "AC_AWS_0232",
        "FG_R00089",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-7", "CIS-AWS:5.4"],
    controls: &["Default SG must restrict all traffic"],
    resources: &["aws_default_security_group", "aws_vpc"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-NET-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    // The rules of each default group, grouped once in rule order: filtering every rule of
    // the view per default group is quadratic in a root with many groups and rules. Only
    // rules marked `default_group` can belong to one.
    let mut by_group: HashMap<usize, Vec<&sg::SgRule>> = HashMap::default();
    for r in cx.links.sg_rules().iter().filter(|r| r.default_group) {
        if let Some(g) = r.group {
            by_group.entry(g).or_default().push(r);
        }
    }
    for (g, _) in cx.resources("aws_default_security_group") {
        let mine = by_group.get(&g).map_or(&[][..], Vec::as_slice);
        if mine.is_empty() {
            cx.pass(g);
        }
        for r in mine {
            let direction = match r.direction {
                sg::Direction::Ingress => "ingress",
                sg::Direction::Egress => "egress",
            };
            let path = if r.instance == g {
                r.path.clone()
            } else {
                String::new()
            };
            cx.report(
                r.instance,
                &path,
                format!(
                    "the default security group has an {direction} rule; it should allow no traffic"
                ),
            );
        }
    }
    check_vpcs(cx);
}

/// A VPC of this configuration with no `aws_default_security_group` pointing at it keeps the
/// default group AWS creates with it, which allows ingress from itself and all egress.
/// Undecided when a default group's `vpc_id` cannot be traced (it may be this VPC's).
fn check_vpcs(cx: &mut Checker) {
    let links = cx.links;
    let mut managed: Vec<usize> = Vec::new();
    let mut untraced: Vec<&str> = Vec::new();
    for (_, inst) in cx.resources("aws_default_security_group") {
        let vpc = inst.node().get("vpc_id").cloned().unwrap_or(Value::Null);
        match links.resolve(inst, &vpc, &["aws_vpc"]) {
            Target::Instance(v) => managed.push(v),
            Target::Unknown => untraced.push(&inst.root),
            // A literal id or the provider's default VPC (`vpc_id` unset): not a VPC declared here.
            Target::External => {}
        }
    }
    for (v, inst) in cx.resources("aws_vpc") {
        if managed.contains(&v) {
            cx.pass(v);
        } else if untraced.contains(&&*inst.root) {
            cx.undecided(v);
        } else {
            cx.report(
                v,
                "",
                "no `aws_default_security_group` manages this VPC's default security group, which AWS creates allowing ingress from itself and all egress",
            );
        }
    }
}
