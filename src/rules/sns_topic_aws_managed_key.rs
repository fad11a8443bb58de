//! TFG-ENC-013: sNS topic uses the AWS managed key instead of a customer managed key.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-013",
    name: "sns-topic-aws-managed-key",
    title: "SNS topic uses the AWS managed key instead of a customer managed key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0136",
        "AVD-AWS-0136",
        "aws-sns-topic-encryption-use-cmk",
        "b1a72f66-2236-4f3b-87ba-0da1b366956f",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["SNS topic uses CMK (not alias/aws/sns)"],
    resources: &["aws_sns_topic"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    for (i, inst) in cx.resources("aws_sns_topic") {
        match inst.node().get("kms_master_key_id") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(k)) if &**k == "alias/aws/sns" => cx.report(
                i,
                "kms_master_key_id",
                format!("{} uses the AWS managed key \"alias/aws/sns\"", label(inst)),
            ),
            _ => cx.pass(i),
        }
    }
}
