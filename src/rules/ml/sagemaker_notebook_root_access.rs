//! TFG-ML-002: SageMaker notebook instance gives its users root access.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-002",
    name: "sagemaker-notebook-root-access",
    title: "SageMaker notebook instance gives its users root access",
    severity: Severity::Medium,
    area: Area::Ml,
    aliases: &["CKV_AWS_307"],
    compliance: &["SOC2:CC6.3", "NIST:AC-6", "NIST:AC-6(10)", "ISO27001:A.8.2"],
    controls: &["SageMaker notebook root access disabled"],
    resources: &["aws_sagemaker_notebook_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sagemaker_notebook_instance"],
        "root_access",
        Expect::OneOf {
            allowed: &["Disabled"],
            default: Some("Enabled"),
        },
        "every notebook user can become root on the instance",
    );
}
