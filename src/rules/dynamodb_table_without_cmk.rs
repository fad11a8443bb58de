//! TFG-ENC-010: dynamoDB table is not encrypted with a customer managed KMS key.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-010",
    name: "dynamodb-table-without-cmk",
    title: "DynamoDB table is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0025",
        "AVD-AWS-0025",
        "aws-dynamodb-table-customer-key",
        "CKV_AWS_119",
        "ce089fd4-1406-47bd-8aad-c259772bb294",
        "AC_AWS_0457",
        "FG_R00069",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28(1)", "NIST:SC-12"],
    controls: &["DynamoDB table SSE with KMS/CMK"],
    resources: &["aws_dynamodb_table"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_dynamodb_table") {
        let Some(sse) = inst.node().child("server_side_encryption") else {
            cx.report(
                i,
                "",
                format!(
                    "{} has no `server_side_encryption` block (AWS owned key)",
                    label(inst)
                ),
            );
            continue;
        };
        match (flag(sse.get("enabled")), sse.get("kms_key_arn")) {
            (Flag::Unknown, _) | (_, Some(Value::Unknown(_))) => cx.undecided(i),
            (Flag::True, Some(Value::String(k))) if !k.is_empty() => cx.pass(i),
            (Flag::True, _) => cx.report(
                i,
                "server_side_encryption[0]",
                format!(
                    "{} uses the AWS managed key (no `kms_key_arn`)",
                    label(inst)
                ),
            ),
            (Flag::False | Flag::Unset, _) => cx.report(
                i,
                "server_side_encryption[0].enabled",
                format!(
                    "{} does not enable KMS server-side encryption (AWS owned key)",
                    label(inst)
                ),
            ),
        }
    }
}
