//! Databases: RDS and Aurora, DynamoDB, ElastiCache, Redshift, DocumentDB, Neptune, OpenSearch and other data stores: exposure, backups, deletion protection, authentication, logging.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    // other data stores
    dynamodb_table_without_point_in_time_recovery,
    docdb_logs_not_exported,
    docdb_audit_logs_disabled,
    docdb_short_backup_retention,
    neptune_audit_log_not_exported,
    neptune_short_backup_retention,
    neptune_cluster_without_deletion_protection,
    neptune_cluster_without_iam_auth,
    neptune_instance_publicly_accessible,
    redshift_cluster_without_audit_logging,
    redshift_automated_snapshots_disabled,
    redshift_version_upgrade_disabled,
    redshift_cluster_publicly_accessible,
    redshift_cluster_outside_vpc,
    redshift_cluster_default_security_group,
    redshift_cluster_without_enhanced_vpc_routing,
    redshift_default_database_name,
    redshift_default_port,
    redshift_common_master_username_public,
    elasticache_redis_without_backups,
    elasticache_minor_upgrades_disabled,
    elasticache_default_subnet_group,
    elasticache_default_port,
    elasticache_without_automatic_failover,
    elasticache_memcached_single_az,
    elasticache_memcached_engine,
    elasticache_redis_outdated_engine,
    opensearch_without_fine_grained_access_control,
    opensearch_domain_outside_vpc,
    opensearch_domain_default_security_group,
    opensearch_without_dedicated_masters,
    opensearch_domain_not_highly_available,
    rds_backup_retention_too_short,
    rds_deletion_protection_disabled,
    rds_auto_minor_upgrade_disabled,
    rds_iam_auth_disabled,
    rds_instance_single_az,
    rds_copy_tags_to_snapshot_disabled,
    db_snapshot_shared_publicly,
    aurora_mysql_backtrack_disabled,
    dms_replication_instance_public,
    dms_auto_minor_upgrade_disabled,
    qldb_ledger_permissions_allow_all,
    qldb_ledger_deletion_protection_disabled,
    classic_security_group_used,
    classic_db_security_group_wide_ingress,
    classic_security_group_without_description,
    rds_default_port,
    classic_db_security_group_public_ingress,
    rds_postgres_vulnerable_version,
    rds_in_public_subnet,
    // account view (backup selections)
    rds_cluster_without_backup_plan,
}
