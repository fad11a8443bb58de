//! TFG-ENC-017: EFS file system is not encrypted with a customer managed KMS key.

use super::helpers::efs::efs_label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-017",
    name: "efs-without-cmk",
    title: "EFS file system is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_184",
        "25d251f3-f348-4f95-845c-1090e41a615c",
        "AC_AWS_0098",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["EFS uses CMK"],
    resources: &["aws_efs_file_system"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_efs_file_system") {
        let node = inst.node();
        let encrypted = flag(node.get("encrypted"));
        let what = efs_label(inst);
        // Not encrypted at all (TFG-ENC-016's finding): no customer managed key either, as
        // the peers also report; so TFG-ENC-016's fix brings no new finding.
        if matches!(encrypted, Flag::False | Flag::Unset) {
            if node.set("kms_key_id").is_none() {
                cx.report(
                    i,
                    "",
                    format!("{what} is not encrypted, so not with a customer managed key either"),
                );
            }
            continue;
        }
        let kms = node.get("kms_key_id");
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!("{what} sets `kms_key_id` to the AWS managed key \"{k}\""),
            ),
            Key::Unset if encrypted == Flag::Unknown => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{what} {}: if encrypted, it uses the AWS managed key \
                     aws/elasticfilesystem",
                    no_key(kms, "kms_key_id")
                ),
            ),
            Key::Unset => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{what} {}: it is encrypted with the AWS managed key \
                     aws/elasticfilesystem",
                    no_key(kms, "kms_key_id")
                ),
            ),
        }
    }
}
