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
];
