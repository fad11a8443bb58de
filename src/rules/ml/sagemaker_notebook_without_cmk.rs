//! TFG-ML-003: SageMaker notebook instance storage is not encrypted with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-003",
    name: "sagemaker-notebook-without-cmk",
    title: "SageMaker notebook instance storage is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &[
        "CKV_AWS_22",
        "CKV_AWS_187",
        "f3674e0c-f6be-43fa-b71c-bf346d1aed99",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SageMaker notebook storage encrypted with a KMS key"],
    resources: &["aws_sagemaker_notebook_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_sagemaker_notebook_instance",
        &[],
        "kms_key_id",
        "its ML storage volume is encrypted with a key the account does not control",
    );
}
