//! TFG-ML-004: SageMaker domain is not encrypted with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-004",
    name: "sagemaker-domain-without-cmk",
    title: "SageMaker domain is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_187"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SageMaker domain encrypted with a CMK"],
    resources: &["aws_sagemaker_domain"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_sagemaker_domain",
        &[],
        "kms_key_id",
        "the domain's EFS home directories are encrypted with a key the account does not control",
    );
}
