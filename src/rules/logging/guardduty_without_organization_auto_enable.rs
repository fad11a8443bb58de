//! TFG-LOG-055: GuardDuty organization configuration does not enable new member accounts.

use crate::finding::Severity;
use crate::link::Target;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-055",
    name: "guardduty-without-organization-auto-enable",
    title: "GuardDuty organization configuration does not enable new member accounts",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV2_AWS_3"],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "ISO27001:A.8.16"],
    controls: &["GuardDuty organization auto-enable configured"],
    resources: &[
        "aws_guardduty_detector",
        "aws_guardduty_organization_configuration",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-055.md"),
    check,
};

const DETECTOR: &str = "aws_guardduty_detector";
const ORG: &str = "aws_guardduty_organization_configuration";

/// Whether an organization configuration enables GuardDuty in member accounts: the
/// deprecated `auto_enable`, or `auto_enable_organization_members` `ALL` or `NEW`.
fn auto_enables(org: &crate::model::Instance) -> (Flag, &'static str) {
    let node = org.node();
    match node.set("auto_enable_organization_members") {
        Some(Value::String(s)) => {
            let on = matches!(s.to_ascii_uppercase().as_str(), "ALL" | "NEW");
            return (
                if on { Flag::True } else { Flag::False },
                "auto_enable_organization_members",
            );
        }
        Some(_) => return (Flag::Unknown, "auto_enable_organization_members"),
        None => {}
    }
    (flag(node.get("auto_enable")), "auto_enable")
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (d, inst) in cx.resources(DETECTOR) {
        // The organization configurations of this detector (one whose detector cannot be
        // known is no evidence either way).
        let mut orgs = Vec::new();
        for &o in links.in_root(&inst.root, ORG) {
            let org = links.instance(o);
            let target = org
                .node()
                .get("detector_id")
                .map_or(Target::Unknown, |v| links.resolve(org, v, &[DETECTOR]));
            match target {
                Target::Instance(t) if t == d => orgs.push(o),
                Target::Instance(_) | Target::External | Target::Unknown => {}
            }
        }
        if orgs.is_empty() {
            // Organization-wide enabling applies only to the organization's GuardDuty
            // administrator account; nothing here says this detector is that account's.
            cx.undecided(d);
            continue;
        }
        let mut verdict = Flag::False;
        let mut bad: Option<(usize, &'static str, Flag)> = None;
        for &o in &orgs {
            match auto_enables(links.instance(o)) {
                (Flag::True, _) => verdict = Flag::True,
                (Flag::Unknown, _) if verdict != Flag::True => verdict = Flag::Unknown,
                (f @ (Flag::False | Flag::Unset), arg) => bad = bad.or(Some((o, arg, f))),
                (Flag::Unknown, _) => {}
            }
        }
        match (verdict, bad) {
            (Flag::True, _) => cx.pass(d),
            (Flag::Unknown, _) | (_, None) => cx.undecided(d),
            (_, Some((o, arg, f))) => {
                let org = links.instance(o);
                let said = match f {
                    Flag::Unset => "does not set `auto_enable_organization_members`".to_string(),
                    _ => format!("sets `{arg}` to disable it"),
                };
                cx.report_located(
                    d,
                    crate::rules::locate(org, arg),
                    format!(
                        "{}: its organization configuration `{}` {said}: accounts that join the organization are not monitored by GuardDuty",
                        label(inst),
                        org.address
                    ),
                );
            }
        }
    }
}
