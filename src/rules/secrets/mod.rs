//! Secrets: secrets written in the configuration (arguments that take a secret, Lambda and ECS
//! environments, user data), Secrets Manager rotation, SSM parameters and documents, KMS key
//! policies.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

/// The rules whose findings point at a secret's value: reports show their place, never the
/// source line ([`crate::rules::Rule::points_at_secret`]).
pub(super) const SECRET_VALUE_RULES: &[&str] =
    &["TFG-SEC-001", "TFG-SEC-002", "TFG-SEC-003", "TFG-SEC-004"];

super::area_rules! {
    hardcoded_secret_argument,
    lambda_environment_secret,
    ecs_task_environment_secret,
    user_data_secret,
    secret_without_rotation,
    secret_rotation_over_90_days,
    ssm_parameter_secret_not_secure_string,
    ssm_parameter_without_cmk,
    ssm_document_public,
    kms_key_without_policy,
    secret_policy_public,
    secret_policy_allows_every_action,
}
