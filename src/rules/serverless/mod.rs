//! Serverless and APIs: Lambda functions, URLs and permissions, API Gateway (REST and v2), AppSync, and the web ACLs in front of them.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    lambda_url_without_auth,
    lambda_environment_without_cmk,
    lambda_tracing_not_active,
    lambda_without_dead_letter_queue,
    lambda_without_reserved_concurrency,
    lambda_outside_vpc,
    lambda_without_code_signing,
    lambda_deprecated_runtime,
    lambda_permission_any_principal,
    lambda_permission_service_without_source,
    lambda_permission_broad_action,
    api_method_without_authorization,
    api_method_without_request_validation,
    api_cache_unencrypted,
    api_caching_disabled,
    api_domain_outdated_tls,
    appsync_cache_unencrypted_at_rest,
    appsync_cache_unencrypted_in_transit,
    apigatewayv2_route_without_authorization,
    api_stage_without_client_certificate,
    api_stage_without_waf,
    appsync_api_without_waf,
    lambda_url_open_cors,
    waf_acl_without_known_bad_inputs,
    rest_api_policy_open,
    lambda_role_privilege_escalation,
    api_stage_without_usage_plan,
    policy_invokes_any_function,
}
