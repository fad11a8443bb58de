//! Machine learning: SageMaker notebook instances, domains, endpoints, models and training jobs.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    sagemaker_notebook_direct_internet_access,
    sagemaker_notebook_root_access,
    sagemaker_notebook_without_cmk,
    sagemaker_domain_without_cmk,
    sagemaker_notebook_outside_vpc,
    sagemaker_notebook_imdsv1_allowed,
    sagemaker_notebook_role_allows_every_action,
    sagemaker_endpoint_config_without_cmk,
    sagemaker_model_without_network_isolation,
    data_quality_job_output_without_cmk,
    data_quality_job_volume_without_cmk,
    data_quality_job_traffic_unencrypted,
    flow_definition_output_without_cmk,
    bedrock_agent_without_guardrail,
    bedrock_agent_without_cmk,
}
