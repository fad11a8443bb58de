//! TFG-ENC-031: CloudWatch log group is not encrypted with a customer managed KMS key.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

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
    doc: include_str!("../../rules/TFG-ENC-031.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_cloudwatch_log_group"],
        "kms_key_id",
        Expect::Set { forbidden: &[] },
        "log events are encrypted only with CloudWatch's own keys",
    );
}
