//! TFG-LOG-054: GuardDuty detector is disabled.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-054",
    name: "guardduty-detector-disabled",
    title: "GuardDuty detector is disabled",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_238", "704dadd3-54fc-48ac-b6a0-02f170011473"],
    compliance: &["SOC2:CC7.2", "SOC2:CC7.3", "NIST:SI-4", "ISO27001:A.8.16"],
    controls: &["GuardDuty detector enabled"],
    resources: &["aws_guardduty_detector"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-LOG-054.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_guardduty_detector") {
        match flag(inst.node().get("enable")) {
            // `enable` defaults to true.
            Flag::True | Flag::Unset => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "enable",
                format!(
                    "{} sets `enable = false`: GuardDuty analyses nothing and reports no threat",
                    label(inst)
                ),
                Remedy::set(Safety::Unsafe, "enable", "true"),
            ),
        }
    }
}
