//! CloudTrail: trails, their buckets, logs, topics and event selectors, event data stores, and the CIS alarms on CloudTrail logs.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    trail_not_multi_region,
    trail_log_validation_disabled,
    trail_without_kms_encryption,
    trail_without_cloudwatch_logs,
    trail_bucket_public,
    trail_bucket_without_access_logging,
    trail_logging_disabled,
    trail_without_sns_topic,
    trail_management_events_excluded,
    event_data_store_without_kms,
    trail_without_cis_alarms,
    // TFG-CT-012 to 019: the metric filter of one CIS monitoring class (helpers/cis).
    unauthorized_api_calls_filter_ineffective,
    console_signin_without_mfa_filter_ineffective,
    root_usage_filter_ineffective,
    iam_policy_changes_filter_ineffective,
    cloudtrail_changes_filter_ineffective,
    security_group_changes_filter_ineffective,
    nacl_changes_filter_ineffective,
    vpc_changes_filter_ineffective,
}
