//! Logging and monitoring: CloudWatch log groups and alarms, service access logs, AWS Config, GuardDuty, flow logs, and the account view for "the account lacks X" rules.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {
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
