//! TFG-LOG-056: The account has no AWS Config recorder.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::rules::common::account::check_lacks;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-056",
    name: "account-without-config-recorder",
    title: "The account has no AWS Config recorder",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:CM-8",
        "NIST:CM-3",
        "CIS-AWS:3.3",
        "ISO27001:A.8.9",
    ],
    controls: &["AWS Config recorder enabled and recording all supported resources"],
    resources: &["aws_config_configuration_recorder"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-056.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_lacks(
        cx,
        Control::Config,
        &["aws_config_configuration_recorder"],
        "no AWS Config recorder (`aws_config_configuration_recorder`)",
        "changes to its resources are not recorded, so no configuration history or Config rule backs an audit of them",
    );
}
