//! TFG-ML-008: SageMaker endpoint configuration does not encrypt with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-008",
    name: "sagemaker-endpoint-config-without-cmk",
    title: "SageMaker endpoint configuration does not encrypt with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_98", "58b35504-0287-4154-bf69-02c0573deab8"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SageMaker endpoint configuration encrypted with a KMS key"],
    resources: &["aws_sagemaker_endpoint_configuration"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_sagemaker_endpoint_configuration",
        &[],
        "kms_key_arn",
        "the storage volumes of the endpoint's instances are encrypted with a key the account \
         does not control",
    );
}
