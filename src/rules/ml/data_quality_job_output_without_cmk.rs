//! TFG-ML-010: SageMaker data quality job output is not encrypted with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-010",
    name: "data-quality-job-output-without-cmk",
    title: "SageMaker data quality job output is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_367"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SageMaker data quality job output encrypted with KMS"],
    resources: &["aws_sagemaker_data_quality_job_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_sagemaker_data_quality_job_definition",
        &["data_quality_job_output_config"],
        "kms_key_id",
        "the monitoring results written to S3 are not encrypted with a key the account controls",
    );
}
