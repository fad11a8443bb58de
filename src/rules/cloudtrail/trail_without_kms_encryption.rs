//! TFG-CT-003: CloudTrail logs are not encrypted with a customer managed KMS key.

use super::helpers::trail::check_set;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-003",
    name: "trail-without-kms-encryption",
    title: "CloudTrail logs are not encrypted with a customer managed KMS key",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0015",
        "AVD-AWS-0015",
        "aws-cloudtrail-encryption-customer-managed-key",
        "CKV_AWS_35",
        "5d9e3164-9265-470c-9a10-57ae454ac0c7",
        "AC_AWS_0033",
        "FG_R00035",
    ],
    compliance: &["SOC2:CC6.1", "NIST:AU-9", "NIST:SC-28", "CIS-AWS:3.5"],
    controls: &["Logs encrypted with KMS CMK"],
    resources: &["aws_cloudtrail"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_set(
        cx,
        "kms_key_id",
        &["aws_kms_key", "aws_kms_alias", "aws_kms_replica_key"],
        "log files are encrypted only with S3-managed keys, so anyone who can read the bucket can read them",
    );
}
