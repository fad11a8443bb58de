//! TFG-ML-009: SageMaker model containers can make outbound network calls.

use crate::finding::Severity;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-009",
    name: "sagemaker-model-without-network-isolation",
    title: "SageMaker model containers can make outbound network calls",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_370"],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4", "ISO27001:A.8.22"],
    controls: &["SageMaker model network isolation"],
    resources: &["aws_sagemaker_model"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_sagemaker_model"],
        "enable_network_isolation",
        false,
        false,
        "the model's containers can send inference data out over the network",
        None,
    );
}
