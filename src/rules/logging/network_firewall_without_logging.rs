//! TFG-LOG-015: a Network Firewall firewall has no logging configuration.

use super::helpers::companion::require;
use super::helpers::related::{Related, key_of};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-015",
    name: "network-firewall-without-logging",
    title: "Network Firewall firewall has no logging configuration",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV2_AWS_63"],
    compliance: &[
        "SOC2:CC7.2",
        "NIST:AU-2",
        "NIST:AU-12",
        "NIST:SI-4",
        "ISO27001:A.8.15",
    ],
    controls: &["Network Firewall logging configuration"],
    resources: &[
        "aws_networkfirewall_firewall",
        "aws_networkfirewall_logging_configuration",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-015.md"),
    check,
};

const FIREWALL: &[&str] = &["aws_networkfirewall_firewall"];

/// The firewall name in a firewall ARN (`arn:aws:network-firewall:<region>:<account>:firewall/<name>`).
fn firewall_name(arn: &str) -> Option<String> {
    arn.split(":firewall/").nth(1).map(str::to_string)
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let index = Related::build(links, &["aws_networkfirewall_logging_configuration"], |c| {
        key_of(
            links,
            c,
            c.node().get("firewall_arn"),
            FIREWALL,
            firewall_name,
        )
    });
    require(
        cx,
        "aws_networkfirewall_firewall",
        &index,
        &["name"],
        |_| Some(true),
        "has no `aws_networkfirewall_logging_configuration`: the traffic it allows and drops leaves no trace",
    );
}
