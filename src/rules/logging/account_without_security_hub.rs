//! TFG-LOG-058: The account has no Security Hub.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::rules::common::account::check_lacks;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-058",
    name: "account-without-security-hub",
    title: "The account has no Security Hub",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC4.1",
        "NIST:SI-4",
        "NIST:CA-7",
        "ISO27001:A.8.16",
    ],
    controls: &["Security Hub enabled in the account"],
    resources: &["aws_securityhub_account"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-058.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_lacks(
        cx,
        Control::SecurityHub,
        &["aws_securityhub_account"],
        "no Security Hub (`aws_securityhub_account`)",
        "findings of GuardDuty, Config, Inspector and Access Analyzer are not gathered and its resources are not checked against a security standard",
    );
}
