//! TFG-ML-005: SageMaker notebook instance is not launched in a VPC of the account.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-005",
    name: "sagemaker-notebook-outside-vpc",
    title: "SageMaker notebook instance is not launched in a VPC of the account",
    severity: Severity::Medium,
    area: Area::Ml,
    aliases: &["CKV_AWS_306"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-4",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["SageMaker notebook launched in a custom VPC (subnet_id)"],
    resources: &["aws_sagemaker_notebook_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sagemaker_notebook_instance"],
        "subnet_id",
        Expect::Set { forbidden: &[] },
        "the notebook runs in a network SageMaker manages, outside the account's security groups, \
         flow logs and endpoints",
    );
}
