//! TFG-LOG-057: The account has no GuardDuty detector.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::rules::common::account::check_lacks;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-057",
    name: "account-without-guardduty",
    title: "The account has no GuardDuty detector",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:RA-5",
        "ISO27001:A.8.16",
    ],
    controls: &["GuardDuty detector enabled"],
    resources: &["aws_guardduty_detector"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-057.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_lacks(
        cx,
        Control::GuardDuty,
        &["aws_guardduty_detector"],
        "no GuardDuty detector (`aws_guardduty_detector`)",
        "nothing watches its CloudTrail, VPC flow and DNS logs for compromised credentials or instances",
    );
}
