//! TFG-ML-013: SageMaker human review flow output is not encrypted with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-013",
    name: "flow-definition-output-without-cmk",
    title: "SageMaker human review flow output is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_372"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SageMaker flow definition output uses KMS"],
    resources: &["aws_sagemaker_flow_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_sagemaker_flow_definition",
        &["output_config"],
        "kms_key_id",
        "the reviewed data written to S3 is not encrypted with a key the account controls",
    );
}
