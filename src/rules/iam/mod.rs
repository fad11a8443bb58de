//! IAM: identity policies (what they allow), managed policies attached, role trust policies,
//! users and their credentials, the account password policy.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    policy_grants_full_admin,
    policy_allows_every_action,
    policy_allows_full_iam_access,
    password_policy_short_minimum,
    password_policy_allows_reuse,
    password_policy_long_max_age,
    password_policy_without_lowercase,
    password_policy_without_numbers,
    password_policy_without_symbols,
    password_policy_without_uppercase,
    password_policy_users_cannot_change,
    managed_admin_policy_attached,
    managed_iam_full_access_attached,
    role_trust_allows_any_principal,
    user_has_direct_policies,
    policy_allows_pass_any_role,
    policy_allows_full_s3_access,
    access_key_for_root_named_user,
    user_has_several_access_keys,
    user_has_console_password,
    iam_user_defined,
    group_without_mfa_policy,
    sqs_queue_policy_public,
    sns_topic_policy_public,
    sqs_queue_policy_allows_every_action,
    role_trusts_whole_account,
    cross_account_trust_without_external_id,
    github_oidc_trust_unrestricted,
    policy_allows_privilege_escalation,
    cognito_identity_pool_allows_guests,
    cognito_user_pool_without_mfa,
    organization_without_all_features,
    sso_permission_set_long_session,
    glacier_vault_policy_public,
    sns_topic_policy_allow_not_action,
    sns_topic_cross_account_without_condition,
    policy_allows_credential_exposure,
    policy_allows_data_exfiltration,
    user_policy_without_mfa,
    login_profile_weak_initial_password,
    policy_allows_s3_read_write_everywhere,
    resource_policy_public,
    identity_store_user_defined,
    group_without_users,
    user_not_in_group,
    // account view
    account_without_access_analyzer,
    account_without_password_policy,
}
