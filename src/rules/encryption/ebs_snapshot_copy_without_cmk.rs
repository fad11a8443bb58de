//! TFG-ENC-045: EBS snapshot copy does not name a customer managed KMS key.

use crate::finding::Severity;
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-045",
    name: "ebs-snapshot-copy-without-cmk",
    title: "EBS snapshot copy does not name a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &["CKV_AWS_183"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["EBS snapshot copy encrypted with a CMK"],
    resources: &["aws_ebs_snapshot_copy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-045.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ebs_snapshot_copy") {
        let kms = inst.node().get("kms_key_id");
        let what = label(inst);
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!("{what} sets `kms_key_id` to the AWS managed key \"{k}\""),
            ),
            Key::Unset => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{what} {}: the copy is unencrypted, or encrypted with a key this \
                     configuration does not choose (the source's key or the account's EBS default)",
                    no_key(kms, "kms_key_id")
                ),
            ),
        }
    }
}
