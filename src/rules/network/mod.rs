//! Network exposure: security groups and their rules, network ACLs, VPCs and subnets, instances, databases and load balancers reachable from the internet.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    ssh_open_to_internet,
    rdp_open_to_internet,
    all_ports_open_to_internet,
    http_open_to_internet,
    sensitive_port_open_to_internet,
    nonstandard_port_open_to_internet,
    unrestricted_egress,
    default_security_group_allows_traffic,
    security_group_rule_without_description,
    security_group_not_attached,
    nacl_admin_ports_open,
    nacl_all_ports_open,
    default_vpc_used,
    vpc_flow_logs_disabled,
    subnet_maps_public_ip,
    instance_public_ip,
    rds_publicly_accessible,
    load_balancer_internet_facing,
    security_group_without_description,
    sensitive_port_open_to_wide_private_range,
    sensitive_port_open_to_small_public_range,
}
