//! TFG-ML-001: SageMaker notebook instance has direct internet access.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-001",
    name: "sagemaker-notebook-direct-internet-access",
    title: "SageMaker notebook instance has direct internet access",
    severity: Severity::Medium,
    area: Area::Ml,
    aliases: &["CKV_AWS_122"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-4",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["SageMaker notebook direct internet access disabled"],
    resources: &["aws_sagemaker_notebook_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sagemaker_notebook_instance"],
        "direct_internet_access",
        Expect::OneOf {
            allowed: &["Disabled"],
            default: Some("Enabled"),
        },
        "the notebook reaches the internet outside the VPC's controls",
    );
}
