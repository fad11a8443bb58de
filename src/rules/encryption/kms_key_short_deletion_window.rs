//! TFG-ENC-043: KMS key has a deletion window shorter than the 30-day maximum.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule, show};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-043",
    name: "kms-key-short-deletion-window",
    title: "KMS key has a deletion window shorter than 30 days",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[],
    compliance: &["SOC2:CC6.1", "NIST:SC-12"],
    controls: &["KMS key deletion window"],
    resources: &["aws_kms_key"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-043.md"),
    check,
};

/// The longest waiting period KMS allows, and its default.
const FULL_WINDOW: f64 = 30.0;

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kms_key") {
        match inst.node().get("deletion_window_in_days") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(v) => match v.to_number().filter(|d| *d < FULL_WINDOW) {
                Some(days) => cx.report(
                    i,
                    "deletion_window_in_days",
                    format!(
                        "{} sets `deletion_window_in_days = {}`: a scheduled deletion can be cancelled for only {days} days (the default and maximum is 30)",
                        label(inst),
                        show(v)
                    ),
                ),
                None => cx.pass(i),
            },
            None => cx.pass(i),
        }
    }
}
