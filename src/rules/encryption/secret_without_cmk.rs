//! TFG-ENC-032: Secrets Manager secret is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-032",
    name: "secret-without-cmk",
    title: "Secrets Manager secret is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0098",
        "AVD-AWS-0098",
        "aws-ssm-secret-use-customer-key",
        "CKV_AWS_149",
        "a2f548f2-188c-4fff-b172-e9a6acb216bd",
        "AC_AWS_0500",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["Secrets Manager secret uses CMK"],
    resources: &["aws_secretsmanager_secret"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-032.md"),
    check,
};

/// The AWS managed key Secrets Manager uses when no key is given.
const AWS_KEY: &str = "alias/aws/secretsmanager";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_secretsmanager_secret") {
        let v = inst.node().get("kms_key_id");
        match v {
            Some(Value::String(k)) if k.trim().is_empty() => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id` to an empty string: the AWS managed key \"{AWS_KEY}\" is used",
                    label(inst)
                ),
            ),
            Some(Value::Null) | None => cx.report(
                i,
                "",
                format!(
                    "{} does not set `kms_key_id`: the AWS managed key \"{AWS_KEY}\" is used",
                    label(inst)
                ),
            ),
            _ => match key(cx, inst, v) {
                Key::Customer => cx.pass(i),
                Key::Unknown | Key::Unset => cx.undecided(i),
                Key::AwsManaged(k) if matches!(v, Some(Value::String(_))) => cx.report(
                    i,
                    "kms_key_id",
                    format!(
                        "{} sets `kms_key_id = \"{k}\"`, the AWS managed key",
                        label(inst)
                    ),
                ),
                Key::AwsManaged(k) => cx.report(
                    i,
                    "kms_key_id",
                    format!(
                        "{} sets `kms_key_id` to the AWS managed key \"{k}\"",
                        label(inst)
                    ),
                ),
            },
        }
    }
}
