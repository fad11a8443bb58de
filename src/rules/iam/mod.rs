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
}
