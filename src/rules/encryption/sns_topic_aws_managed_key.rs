//! TFG-ENC-013: SNS topic uses the AWS managed key instead of a customer managed key.

use crate::finding::Severity;
use crate::rules::common::kms::{Key, key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

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
    doc: include_str!("../../../rules/TFG-ENC-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_sns_topic") {
        match key(cx, inst, inst.node().get("kms_master_key_id")) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            // Not encrypted at all: TFG-ENC-012's finding, not examined here.
            Key::Unset => {}
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_master_key_id",
                format!(
                    "{} uses the AWS managed key \"{k}\" instead of a customer managed key: its \
                     policy cannot be changed to let other accounts or services publish",
                    label(inst)
                ),
            ),
        }
    }
}
