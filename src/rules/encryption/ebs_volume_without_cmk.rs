//! TFG-ENC-002: EBS volume is not encrypted with a customer managed KMS key.

use crate::rules::common::kms::{Key, key, no_key, no_key_at};

use super::helpers::ebs::account_default;
use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-002",
    name: "ebs-volume-without-cmk",
    title: "EBS volume is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0027",
        "AVD-AWS-0027",
        "aws-ec2-volume-encryption-customer-key",
        "CKV_AWS_189",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["EBS volume uses CMK"],
    resources: &["aws_ebs_volume"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ebs_volume") {
        let node = inst.node();
        let encrypted = match flag(node.get("encrypted")) {
            Flag::True => Flag::True,
            Flag::Unknown => Flag::Unknown,
            // Not asked for: encrypted only by the account default.
            Flag::False | Flag::Unset => match account_default(cx, inst) {
                // Unencrypted (TFG-ENC-001 says so): no customer managed key either, as the
                // peers also report; so encrypting it (TFG-ENC-001's fix) brings no new finding.
                Flag::Unset | Flag::False
                    if node.set("kms_key_id").is_none() && node.set("snapshot_id").is_none() =>
                {
                    cx.report(
                        i,
                        "",
                        format!(
                            "{} is not encrypted, so not with a customer managed key either",
                            label(inst)
                        ),
                    );
                    continue;
                }
                Flag::Unset | Flag::False => continue,
                other => other,
            },
        };
        let kms = node.get("kms_key_id");
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id` to the AWS managed key \"{k}\"",
                    label(inst)
                ),
            ),
            // An account default key (`aws_ebs_default_kms_key`) is a customer managed key.
            Key::Unset if has_default_kms_key(cx, inst) => cx.pass(i),
            // A volume restored from an encrypted snapshot keeps the snapshot's key.
            Key::Unset if node.set("snapshot_id").is_some() => cx.undecided(i),
            Key::Unset if encrypted == Flag::Unknown => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{} {}: if encrypted, it uses the AWS managed key aws/ebs",
                    label(inst),
                    no_key(kms, "kms_key_id")
                ),
            ),
            Key::Unset => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{} {}: it is encrypted with the AWS managed key aws/ebs",
                    label(inst),
                    no_key(kms, "kms_key_id")
                ),
            ),
        }
    }
}

/// True when `from`'s root sets the account's default EBS key (`aws_ebs_default_kms_key`).
fn has_default_kms_key(cx: &Checker, from: &Instance) -> bool {
    cx.links
        .in_root(&from.root, "aws_ebs_default_kms_key")
        .iter()
        .any(|&d| !cx.links.instance(d).keys_unknown())
}
