//! TFG-ENC-002: EBS volume is not encrypted with a customer managed KMS key.
//!
//! Also home of [`key`], which the other customer-managed-key rules use to tell a customer
//! managed key from an AWS managed one (`alias/aws/<service>`).

use super::ebs_default_encryption_disabled::account_default;
use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;
use crate::model::Instance;
use crate::model::Mode;
use crate::model::access::{Flag, flag};
use crate::model::value::{Unknown, Value};

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
    doc: include_str!("../../rules/TFG-ENC-002.md"),
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
        match key(cx, inst, node.get("kms_key_id")) {
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
                "",
                format!(
                    "{} does not set `kms_key_id`: if encrypted, it uses the AWS managed key aws/ebs",
                    label(inst)
                ),
            ),
            Key::Unset => cx.report(
                i,
                "",
                format!(
                    "{} does not set `kms_key_id`: it is encrypted with the AWS managed key aws/ebs",
                    label(inst)
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

/// What a KMS key argument (`kms_key_id`, `kms_master_key_id`, `kms_key_arn`) names.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Key {
    /// Null, absent or empty: the service's default (an AWS owned or AWS managed key).
    Unset,
    /// A key the account manages: a literal id, ARN or alias outside `alias/aws/`, or a
    /// reference to an `aws_kms_key`, `aws_kms_alias` or a lookup of such a key.
    Customer,
    /// An AWS managed key (`alias/aws/sns`, `arn:aws:kms:...:alias/aws/sqs`), spelled as
    /// written or as looked up.
    AwsManaged(String),
    /// Not known before apply, and not traceable to a key of the configuration.
    Unknown,
}

/// True for the aliases of AWS managed keys: `alias/aws/<service>`, bare or in an ARN.
pub(super) fn is_aws_managed_alias(s: &str) -> bool {
    s.starts_with("alias/aws/") || s.contains(":alias/aws/")
}

/// Classifies a KMS key argument of `from`, following references to keys, aliases and their
/// data sources in the same root.
pub(super) fn key(cx: &Checker, from: &Instance, v: Option<&Value>) -> Key {
    match v {
        None | Some(Value::Null) => Key::Unset,
        Some(Value::String(s)) if s.trim().is_empty() => Key::Unset,
        Some(Value::String(s)) if is_aws_managed_alias(s) => Key::AwsManaged(s.to_string()),
        Some(Value::String(_)) => Key::Customer,
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            let Some(k) = cx.links.by_address(from, resource) else {
                return Key::Unknown;
            };
            let target = cx.links.instance(k);
            let named = |arg: &str| target.node().get(arg).and_then(Value::as_str);
            match (target.mode, target.rtype.as_str()) {
                (
                    Mode::Managed,
                    "aws_kms_key"
                    | "aws_kms_alias"
                    | "aws_kms_replica_key"
                    | "aws_kms_external_key"
                    | "aws_kms_replica_external_key",
                ) => Key::Customer,
                (Mode::Data, "aws_kms_alias") => match named("name") {
                    Some(n) if is_aws_managed_alias(n) => Key::AwsManaged(n.to_string()),
                    Some(_) => Key::Customer,
                    None => Key::Unknown,
                },
                (Mode::Data, "aws_kms_key") => match named("key_id") {
                    Some(n) if is_aws_managed_alias(n) => Key::AwsManaged(n.to_string()),
                    Some(n) if n.starts_with("alias/") || n.contains(":alias/") => Key::Customer,
                    // A key id or ARN could name any key.
                    _ => Key::Unknown,
                },
                _ => Key::Unknown,
            }
        }
        Some(_) => Key::Unknown,
    }
}
