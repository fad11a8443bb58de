//! S3: buckets and their companion resources (public access blocks, ACLs, policies, versioning, encryption, logging, replication).
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    bucket_without_public_access_block,
    bucket_public_acl,
    pab_block_public_acls_disabled,
    pab_block_public_policy_disabled,
    pab_ignore_public_acls_disabled,
    pab_restrict_public_buckets_disabled,
    bucket_acl_grants_public,
    bucket_policy_allows_public,
    bucket_without_tls_enforcement,
    bucket_versioning_disabled,
    bucket_access_logging_disabled,
    bucket_without_default_encryption,
    bucket_without_kms_encryption,
    bucket_mfa_delete_disabled,
    bucket_website_enabled,
    bucket_acls_enabled,
    bucket_without_replication,
    bucket_cors_allows_any_origin,
    bucket_without_object_logging,
    bucket_without_object_read_logging,
    bucket_public_write,
    bucket_public_delete,
    bucket_public_permission_change,
    bucket_public_full_control,
    bucket_acl_grants_authenticated_users,
    bucket_public_acl_blocked,
}
