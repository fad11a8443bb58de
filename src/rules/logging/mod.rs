//! Logging and monitoring: CloudWatch log groups and alarms, service access logs, AWS Config, GuardDuty, flow logs, and the account view for "the account lacks X" rules.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    // TFG-LOG-001 to 049: log groups, alarms and the access and execution logs of services.
    log_group_without_retention,
    log_group_retention_under_a_year,
    metric_alarm_actions_disabled,
    api_gateway_stage_without_access_logging,
    api_gateway_stage_without_execution_logging,
    api_gateway_methods_without_metrics,
    api_gateway_stage_without_xray,
    api_gateway_data_trace_enabled,
    cloudfront_without_access_logging,
    load_balancer_without_access_logs,
    classic_elb_without_access_logs,
    wafv2_acl_without_logging,
    waf_classic_acl_without_logging,
    route53_zone_without_query_logging,
    network_firewall_without_logging,
    global_accelerator_without_flow_logs,
    opensearch_without_log_publishing,
    opensearch_without_audit_logs,
    opensearch_without_slow_logs,
    mq_broker_without_general_logging,
    mq_broker_without_audit_logging,
    msk_cluster_without_broker_logs,
    state_machine_without_logging,
    state_machine_log_without_execution_data,
    state_machine_without_xray,
    appsync_api_without_logging,
    appsync_field_logs_disabled,
    mwaa_without_scheduler_logs,
    mwaa_without_worker_logs,
    mwaa_without_webserver_logs,
    codebuild_project_without_logs,
    codebuild_s3_logs_unencrypted,
    ssm_session_logs_not_encrypted,
    elastic_beanstalk_without_enhanced_health,
    cloudformation_stack_without_notifications,
    acm_certificate_transparency_disabled,
    // databases
    rds_logs_not_exported,
    aurora_mysql_audit_log_not_exported,
    postgres_query_logging_disabled,
    rds_enhanced_monitoring_disabled,
    rds_performance_insights_disabled,
    // account view
    config_recorder_not_recording,
    config_recorder_without_global_resources,
    config_aggregator_not_all_regions,
    config_rules_without_encrypted_volumes,
    guardduty_detector_disabled,
    guardduty_without_organization_auto_enable,
    account_without_config_recorder,
    account_without_guardduty,
    account_without_security_hub,
    account_without_ebs_default_encryption,
}
