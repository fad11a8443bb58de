//! TFG-ML-006: SageMaker notebook instance accepts IMDSv1.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-006",
    name: "sagemaker-notebook-imdsv1-allowed",
    title: "SageMaker notebook instance accepts IMDSv1",
    severity: Severity::Medium,
    area: Area::Ml,
    aliases: &["CKV_AWS_371"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "ISO27001:A.8.9",
    ],
    controls: &["SageMaker notebook IMDSv2 only"],
    resources: &["aws_sagemaker_notebook_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sagemaker_notebook_instance"],
        "instance_metadata_service_configuration.minimum_instance_metadata_service_version",
        Expect::OneOf {
            allowed: &["2"],
            default: Some("1"),
        },
        "code in the notebook can read the role's credentials with an unauthenticated request \
         (IMDSv1)",
    );
}
