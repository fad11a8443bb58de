//! TFG-ENC-032: Secrets Manager secret is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::link::{Links, Target};
use crate::model::Instance;
use crate::model::Mode;
use crate::model::value::Value;
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

/// The AWS managed key, by alias or alias ARN.
fn is_aws_key(k: &str) -> bool {
    k == AWS_KEY || k.ends_with(&format!(":{AWS_KEY}"))
}

/// A reference to a KMS key or alias the configuration manages: a customer managed key, even
/// though its ARN is known only after apply. (A data source may look up an AWS managed key.)
fn is_key_reference(links: &Links, inst: &Instance, v: &Value) -> bool {
    matches!(
        links.resolve(inst, v, KEY_TYPES),
        Target::Instance(k) if links.instance(k).mode == Mode::Managed
    )
}

/// Resources that are customer managed keys, or name one.
const KEY_TYPES: &[&str] = &[
    "aws_kms_key",
    "aws_kms_alias",
    "aws_kms_replica_key",
    "aws_kms_external_key",
    "aws_kms_replica_external_key",
];

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (i, inst) in cx.resources("aws_secretsmanager_secret") {
        match inst.node().get("kms_key_id") {
            Some(v @ Value::Unknown(_)) if is_key_reference(links, inst, v) => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(k)) if is_aws_key(k) => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id = \"{k}\"`, the AWS managed key",
                    label(inst)
                ),
            ),
            Some(Value::String(k)) if k.is_empty() => cx.report(
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
            Some(_) => cx.pass(i),
        }
    }
}
