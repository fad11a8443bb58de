//! TFG-ENC-012: SNS topic is not encrypted.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-012",
    name: "sns-topic-unencrypted",
    title: "SNS topic is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0095",
        "AVD-AWS-0095",
        "aws-sns-enable-topic-encryption",
        "CKV_AWS_26",
        "28545147-2fc6-42d5-a1f9-cf226658e591",
        "AC_AWS_0502",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["SNS topic encrypted"],
    resources: &["aws_sns_topic"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    // Any key encrypts the topic, the AWS managed one included (TFG-ENC-013 judges which). A
    // key known only after apply (`aws_kms_key.k.arn`) is counted as undecided.
    setting::check(
        cx,
        &["aws_sns_topic"],
        "kms_master_key_id",
        Expect::Set { forbidden: &[] },
        "server-side encryption is off and messages are stored unencrypted",
    );
}
