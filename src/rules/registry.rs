//! The one list of rules. Order is the order of `tfgate rules`; ids never change.

use super::Rule;

pub static RULES: &[&Rule] = &[
    &super::ssh_open_to_internet::RULE,
    &super::rdp_open_to_internet::RULE,
    &super::all_ports_open_to_internet::RULE,
    &super::http_open_to_internet::RULE,
    &super::sensitive_port_open_to_internet::RULE,
    &super::nonstandard_port_open_to_internet::RULE,
    &super::unrestricted_egress::RULE,
    &super::default_security_group_allows_traffic::RULE,
    &super::security_group_rule_without_description::RULE,
    &super::bucket_without_public_access_block::RULE,
    &super::bucket_public_acl::RULE,
    &super::pab_block_public_acls_disabled::RULE,
    &super::pab_block_public_policy_disabled::RULE,
    &super::pab_ignore_public_acls_disabled::RULE,
    &super::pab_restrict_public_buckets_disabled::RULE,
    &super::bucket_acl_grants_public::RULE,
    &super::bucket_policy_allows_public::RULE,
    &super::bucket_without_tls_enforcement::RULE,
    &super::bucket_versioning_disabled::RULE,
    &super::bucket_access_logging_disabled::RULE,
    &super::bucket_without_default_encryption::RULE,
    &super::bucket_without_kms_encryption::RULE,
];
