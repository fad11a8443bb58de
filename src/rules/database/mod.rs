//! Databases: RDS and Aurora, DynamoDB, ElastiCache, Redshift, DocumentDB, Neptune, OpenSearch and other data stores: exposure, backups, deletion protection, authentication, logging.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {
    // account view (backup selections)
    rds_cluster_without_backup_plan,
}
