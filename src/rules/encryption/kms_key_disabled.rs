//! TFG-ENC-024: KMS key is disabled.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-024",
    name: "kms-key-disabled",
    title: "KMS key is disabled",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &["CKV_AWS_227", "7350fa23-dcf7-4938-916d-6a60b0c73b50"],
    compliance: &["SOC2:CC6.1", "NIST:SC-12"],
    controls: &["KMS key enabled"],
    resources: &["aws_kms_key"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-024.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kms_key") {
        match flag(inst.node().get("is_enabled")) {
            Flag::False => cx.report(
                i,
                "is_enabled",
                format!(
                    "{} sets `is_enabled = false`: the key cannot encrypt or decrypt",
                    label(inst)
                ),
            ),
            Flag::Unknown => cx.undecided(i),
            Flag::True | Flag::Unset => cx.pass(i),
        }
    }
}
