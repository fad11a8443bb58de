//! TFG-ENC-032: secrets Manager secret is not encrypted with a customer managed KMS key.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

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
    doc: include_str!("../../rules/TFG-ENC-032.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_secretsmanager_secret"],
        "kms_key_id",
        Expect::Set {
            forbidden: &["alias/aws/secretsmanager"],
        },
        "the secret uses the AWS managed key",
    );
}
