//! TFG-LOG-059: The account does not encrypt new EBS volumes by default.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::rules::common::account::check_lacks;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-059",
    name: "account-without-ebs-default-encryption",
    title: "The account does not encrypt new EBS volumes by default",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-28",
        "CIS-AWS:2.2.1",
        "ISO27001:A.8.24",
    ],
    controls: &["EBS encryption-by-default (account) enabled"],
    resources: &["aws_ebs_encryption_by_default"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-059.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_lacks(
        cx,
        Control::EbsDefaultEncryption,
        &["aws_ebs_encryption_by_default"],
        "no EBS encryption by default (`aws_ebs_encryption_by_default`)",
        "a volume or snapshot copy that does not ask for encryption is stored unencrypted",
    );
}
