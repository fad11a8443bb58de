//! Databases: RDS and Aurora, DynamoDB, ElastiCache, Redshift, DocumentDB, Neptune, OpenSearch and other data stores: exposure, backups, deletion protection, authentication, logging.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {
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
}
