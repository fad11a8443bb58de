//! TFG-ML-011: SageMaker data quality job volume is not encrypted with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-011",
    name: "data-quality-job-volume-without-cmk",
    title: "SageMaker data quality job volume is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_368"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SageMaker data quality job volume encrypted with KMS"],
    resources: &["aws_sagemaker_data_quality_job_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_sagemaker_data_quality_job_definition",
        &["job_resources", "cluster_config"],
        "volume_kms_key_id",
        "the storage volume of the processing instances is encrypted with a key the account \
         does not control",
    );
}
