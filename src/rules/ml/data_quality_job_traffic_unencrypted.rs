//! TFG-ML-012: SageMaker data quality job does not encrypt traffic between its containers.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-012",
    name: "data-quality-job-traffic-unencrypted",
    title: "SageMaker data quality job does not encrypt traffic between its containers",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_369"],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "ISO27001:A.8.24"],
    controls: &["SageMaker data quality job inter-container traffic encryption"],
    resources: &["aws_sagemaker_data_quality_job_definition"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sagemaker_data_quality_job_definition"],
        "network_config.enable_inter_container_traffic_encryption",
        Expect::True { default: false },
        "data moves between the job's instances in plaintext",
    );
}
