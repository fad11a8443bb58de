//! TFG-ENC-024: KMS key is disabled or has a short deletion window.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule, show};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-024",
    name: "kms-key-disabled",
    title: "KMS key is disabled or has a short deletion window",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &["CKV_AWS_227", "7350fa23-dcf7-4938-916d-6a60b0c73b50"],
    compliance: &["SOC2:CC6.1", "NIST:SC-12"],
    controls: &["KMS key deletion window / enabled"],
    resources: &["aws_kms_key"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-024.md"),
    check,
};

/// The longest waiting period KMS allows, and its default.
const FULL_WINDOW: f64 = 30.0;

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kms_key") {
        let node = inst.node();
        let mut unknown = false;
        let mut findings = Vec::new();
        match flag(node.get("is_enabled")) {
            Flag::False => findings.push((
                i,
                "is_enabled".to_string(),
                format!(
                    "{} sets `is_enabled = false`: the key cannot encrypt or decrypt",
                    label(inst)
                ),
            )),
            Flag::Unknown => unknown = true,
            Flag::True | Flag::Unset => {}
        }
        match node.get("deletion_window_in_days") {
            Some(Value::Unknown(_)) => unknown = true,
            Some(v) => {
                if let Some(days) = v.to_number().filter(|d| *d < FULL_WINDOW) {
                    findings.push((
                        i,
                        "deletion_window_in_days".to_string(),
                        format!(
                            "{} sets `deletion_window_in_days = {}`: a scheduled deletion can be cancelled for only {days} days (the default and maximum is 30)",
                            label(inst),
                            show(v)
                        ),
                    ));
                }
            }
            None => {}
        }
        cx.settle(i, unknown, findings);
    }
}
