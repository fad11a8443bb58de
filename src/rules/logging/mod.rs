//! Logging and monitoring: CloudWatch log groups and alarms, service access logs, AWS Config, GuardDuty, flow logs, and the account view for "the account lacks X" rules.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {
    // databases
    rds_logs_not_exported,
    aurora_mysql_audit_log_not_exported,
    postgres_query_logging_disabled,
    rds_enhanced_monitoring_disabled,
    rds_performance_insights_disabled,
}
