//! TFG-LOG-051: AWS Config records no global (IAM) resource types.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-051",
    name: "config-recorder-without-global-resources",
    title: "AWS Config records no global (IAM) resource types",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV2_AWS_48"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:CM-8",
        "CIS-AWS:3.3",
        "ISO27001:A.8.9",
    ],
    controls: &["AWS Config recorder includes global resource types"],
    resources: &["aws_config_configuration_recorder"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-051.md"),
    check,
};

const RECORDER: &str = "aws_config_configuration_recorder";

/// What one recorder says about global resource types.
fn records_global(inst: &crate::model::Instance) -> Flag {
    let group = inst.node().child("recording_group");
    let include = flag(group.and_then(|g| g.get("include_global_resource_types")));
    if include != Flag::Unset && include != Flag::False {
        return include;
    }
    // A recorder of listed types records the IAM types it lists.
    match group.and_then(|g| g.set("resource_types")) {
        Some(Value::Unknown(_)) => Flag::Unknown,
        Some(Value::List(items) | Value::Set(items)) => {
            if items
                .iter()
                .any(|t| t.as_str().is_some_and(|t| t.starts_with("AWS::IAM::")))
            {
                Flag::True
            } else if items.iter().any(|t| matches!(t, Value::Unknown(_))) {
                Flag::Unknown
            } else {
                include
            }
        }
        _ => include,
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (r, inst) in cx.resources(RECORDER) {
        // Global types are recorded once per account: a root that records several regions
        // sets it in one region's recorder.
        let others: Vec<Flag> = links
            .in_root(&inst.root, RECORDER)
            .iter()
            .filter(|&&o| o != r)
            .map(|&o| records_global(links.instance(o)))
            .collect();
        match records_global(inst) {
            Flag::True => cx.pass(r),
            Flag::Unknown => cx.undecided(r),
            _ if others.contains(&Flag::True) => cx.pass(r),
            _ if others.contains(&Flag::Unknown) => cx.undecided(r),
            Flag::False => cx.report(
                r,
                "recording_group[0].include_global_resource_types",
                format!(
                    "{} sets `include_global_resource_types = false` and no other recorder of this configuration records global resource types: changes to IAM users, groups, roles and policies are not recorded",
                    label(inst)
                ),
            ),
            Flag::Unset => cx.report(
                r,
                "recording_group",
                format!(
                    "{} does not set `recording_group.include_global_resource_types` (default false) and no other recorder of this configuration records global resource types: changes to IAM users, groups, roles and policies are not recorded",
                    label(inst)
                ),
            ),
        }
    }
}
