//! TFG-ENC-024: kMS key is disabled or has a short deletion window.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-024",
    name: "kms-key-disabled",
    title: "KMS key is disabled or has a short deletion window",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_227",
        "0b530315-0ea4-497f-b34c-4ff86268f59d",
        "7350fa23-dcf7-4938-916d-6a60b0c73b50",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12"],
    controls: &["KMS key deletion window / enabled"],
    resources: &["aws_kms_key"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-024.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_kms_key") {
        let node = inst.node();
        let mut bad = false;
        let mut unknown = false;
        match flag(node.get("is_enabled")) {
            Flag::False => {
                bad = true;
                cx.report(
                    i,
                    "is_enabled",
                    format!("{} is disabled (`is_enabled = false`)", label(inst)),
                );
            }
            Flag::Unknown => unknown = true,
            Flag::True | Flag::Unset => {}
        }
        match node.get("deletion_window_in_days") {
            Some(Value::Unknown(_)) => unknown = true,
            Some(v) => {
                if let Some(days) = v.to_number().filter(|d| *d < 30.0) {
                    bad = true;
                    cx.report(
                        i,
                        "deletion_window_in_days",
                        format!(
                            "{} has a deletion window of {days} days (less than 30)",
                            label(inst)
                        ),
                    );
                }
            }
            None => {}
        }
        if !bad {
            if unknown { cx.undecided(i) } else { cx.pass(i) }
        }
    }
}
