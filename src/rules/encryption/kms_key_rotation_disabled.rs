//! TFG-ENC-022: KMS key rotation is not enabled.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-022",
    name: "kms-key-rotation-disabled",
    title: "KMS key rotation is not enabled",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0065",
        "AVD-AWS-0065",
        "aws-kms-auto-rotate-keys",
        "CKV_AWS_7",
        "22fbfeac-7b5a-421a-8a27-7a2178bb910b",
        "AC_AWS_0160",
        "FG_R00036",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "CIS-AWS:3.6"],
    controls: &["KMS key rotation enabled"],
    resources: &["aws_kms_key"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-022.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kms_key") {
        let node = inst.node();
        // Only symmetric encryption keys (`SYMMETRIC_DEFAULT`, `ENCRYPT_DECRYPT`) outside a
        // custom key store rotate automatically; asymmetric, HMAC and signing keys and keys
        // in a CloudHSM or external key store cannot, so they comply by construction.
        let mut rotatable = Some(true);
        for (arg, usual) in [
            ("customer_master_key_spec", "SYMMETRIC_DEFAULT"),
            ("key_usage", "ENCRYPT_DECRYPT"),
        ] {
            match node.get(arg) {
                Some(Value::Unknown(_)) => rotatable = rotatable.and(None),
                Some(Value::String(v)) if &**v != usual => rotatable = Some(false),
                _ => {}
            }
        }
        match node.get("custom_key_store_id") {
            Some(Value::Unknown(_)) => rotatable = rotatable.and(None),
            Some(Value::String(v)) if !v.is_empty() => rotatable = Some(false),
            _ => {}
        }
        match rotatable {
            None => {
                cx.undecided(i);
                continue;
            }
            Some(false) => {
                cx.pass(i);
                continue;
            }
            Some(true) => {}
        }
        match flag(node.get("enable_key_rotation")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::Unset => cx.report_fix(
                i,
                "",
                format!(
                    "{} does not set `enable_key_rotation` (default false): the key material is never rotated",
                    label(inst)
                ), Remedy::set(Safety::Safe, "enable_key_rotation", "true")),
            Flag::False => cx.report_fix(
                i,
                "enable_key_rotation",
                format!(
                    "{} sets `enable_key_rotation = false`: the key material is never rotated",
                    label(inst)
                ), Remedy::set(Safety::Safe, "enable_key_rotation", "true")),
        }
    }
}
