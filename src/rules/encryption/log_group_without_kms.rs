//! TFG-ENC-031: CloudWatch log group is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key};
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

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_cloudwatch_log_group") {
        let v = inst.node().get("kms_key_id");
        match v {
            Some(Value::String(k)) if k.trim().is_empty() => cx.report(
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
            _ => match key(cx, inst, v) {
                Key::Customer => cx.pass(i),
                Key::Unknown | Key::Unset => cx.undecided(i),
                Key::AwsManaged(k) => cx.report(
                    i,
                    "kms_key_id",
                    format!(
                        "{} sets `kms_key_id` to the AWS managed key \"{k}\", not a customer managed key (CloudWatch Logs takes customer managed keys only)",
                        label(inst)
                    ),
                ),
            },
        }
    }
}
