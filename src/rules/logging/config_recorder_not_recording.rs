//! TFG-LOG-050: AWS Config recorder is stopped or does not record all supported resources.

use crate::finding::Severity;
use crate::link::Target;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

const RECORDER: &str = "aws_config_configuration_recorder";
const STATUS: &str = "aws_config_configuration_recorder_status";

pub static RULE: Rule = Rule {
    id: "TFG-LOG-050",
    name: "config-recorder-not-recording",
    title: "AWS Config recorder is stopped or does not record all supported resources",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV2_AWS_45"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:CM-8",
        "NIST:CM-3",
        "CIS-AWS:3.3",
        "ISO27001:A.8.9",
    ],
    controls: &["AWS Config recorder enabled and recording all supported resources"],
    resources: &[
        "aws_config_configuration_recorder",
        "aws_config_configuration_recorder_status",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-050.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // Which recorders some status starts; a status whose recorder cannot be known makes a
    // recorder without a status undecided.
    let mut started: Vec<(usize, usize)> = Vec::new();
    let mut unlinked_roots: Vec<&str> = Vec::new();
    for (i, inst) in cx.resources(STATUS) {
        let recorder = recorder_of(cx, inst);
        match recorder {
            Some(Target::Instance(r)) => started.push((r, i)),
            Some(Target::Unknown) => unlinked_roots.push(&inst.root),
            Some(Target::External) | None => {}
        }
        match flag(inst.node().get("is_enabled")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "is_enabled",
                format!(
                    "{} sets `is_enabled = false`: the Config recorder is stopped and records no change",
                    label(inst)
                ),
            ),
            Flag::Unset => cx.report(
                i,
                "",
                format!(
                    "{} does not set `is_enabled`: the Config recorder is not started",
                    label(inst)
                ),
            ),
        }
    }
    for (r, inst) in cx.resources(RECORDER) {
        let group = inst.node().child("recording_group");
        let all = flag(group.and_then(|g| g.get("all_supported")));
        let statuses: Vec<usize> = started
            .iter()
            .filter(|(rec, _)| *rec == r)
            .map(|(_, s)| *s)
            .collect();
        if all == Flag::False {
            let message = format!(
                "{} sets `recording_group.all_supported = false`: only the resource types it lists are recorded, and resource types AWS adds later never are",
                label(inst)
            );
            let path = "recording_group[0].all_supported";
            // On the status that starts it (the recorder as it runs), shown at the setting.
            if statuses.is_empty() {
                cx.report(r, path, message);
            } else {
                for &s in &statuses {
                    cx.report_located(s, crate::rules::locate(inst, path), message.clone());
                }
            }
            continue;
        }
        if statuses.is_empty() {
            if unlinked_roots.contains(&&*inst.root) || links.instance(r).keys_unknown() {
                cx.undecided(r);
            } else {
                cx.report(
                    r,
                    "",
                    format!(
                        "{} is started by no `{STATUS}`: a recorder is created stopped and records nothing until a status sets `is_enabled = true`",
                        label(inst)
                    ),
                );
            }
            continue;
        }
        if all == Flag::Unknown {
            cx.undecided(r);
        } else {
            cx.pass(r);
        }
    }
}

/// The recorder a status starts: by reference, or by name in the same root (a recorder
/// without `name` is called `default`).
fn recorder_of(cx: &Checker, status: &crate::model::Instance) -> Option<Target> {
    let links = cx.links;
    let name = status.node().get("name")?;
    match name {
        Value::String(s) => Some(
            links
                .in_root(&status.root, RECORDER)
                .iter()
                .copied()
                .find(|&r| {
                    links
                        .instance(r)
                        .node()
                        .set("name")
                        .map_or(Some("default"), Value::as_str)
                        == Some(&**s)
                })
                .map_or(Target::External, Target::Instance),
        ),
        other => Some(links.resolve(status, other, &[RECORDER])),
    }
}
