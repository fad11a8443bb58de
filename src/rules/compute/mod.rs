//! Compute hardening: EC2 instances and launch templates (IMDSv2, public addresses, monitoring), AMIs, EBS snapshots.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    imdsv1_allowed,
    imds_hop_limit_above_one,
    instance_detailed_monitoring_disabled,
    ami_shared_with_other_accounts,
    ami_lookup_wildcard_without_owners,
    ami_lookup_without_owners,
    instance_without_profile,
    instance_uses_default_security_group,
    instance_without_vpc_security_groups,
    asg_without_launch_template,
    beanstalk_managed_updates_disabled,
    public_private_share_profile,
    // account view (backup selections)
    ebs_volume_without_backup_plan,
}
