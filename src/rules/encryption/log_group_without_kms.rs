//! TFG-ENC-031: CloudWatch log group is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::link::{Links, Target};
use crate::model::Instance;
use crate::model::Mode;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-031",
    name: "log-group-without-kms",
    title: "CloudWatch log group is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0017",
        "AVD-AWS-0017",
        "aws-cloudwatch-log-group-customer-key",
        "CKV_AWS_158",
        "0afbcfe9-d341-4b92-a64c-7e6de0543879",
        "AC_AWS_0451",
        "FG_R00068",
    ],
    compliance: &["SOC2:CC6.1", "NIST:AU-9", "NIST:SC-28(1)"],
    controls: &["CloudWatch log group encrypted with KMS"],
    resources: &["aws_cloudwatch_log_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-031.md"),
    check,
};

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
    for (i, inst) in cx.resources("aws_cloudwatch_log_group") {
        match inst.node().get("kms_key_id") {
            Some(v @ Value::Unknown(_)) if is_key_reference(links, inst, v) => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(k)) if k.is_empty() => cx.report(
                i,
                "kms_key_id",
                format!(
                    "{} sets `kms_key_id` to an empty string: log events are encrypted only with keys CloudWatch Logs owns",
                    label(inst)
                ),
            ),
            Some(Value::Null) | None => cx.report(
                i,
                "",
                format!(
                    "{} does not set `kms_key_id`: log events are encrypted only with keys CloudWatch Logs owns",
                    label(inst)
                ),
            ),
            Some(_) => cx.pass(i),
        }
    }
}
