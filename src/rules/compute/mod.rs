//! Compute hardening: EC2 instances and launch templates (IMDSv2, public addresses, monitoring), AMIs, EBS snapshots.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {
    // account view (backup selections)
    ebs_volume_without_backup_plan,
}
