//! TFG-ENC-003: EBS encryption by default is disabled.

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-003",
    name: "ebs-default-encryption-disabled",
    title: "EBS encryption by default is disabled",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_106",
        "3d3f6270-546b-443c-adb4-bb6fb2187ca6",
        "AC_AWS_0079",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.2.1"],
    controls: &["EBS encryption-by-default (account) enabled"],
    resources: &["aws_ebs_encryption_by_default"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-003.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ebs_encryption_by_default") {
        match flag(inst.node().get("enabled")) {
            // The resource exists to turn the setting on: `enabled` defaults to true.
            Flag::True | Flag::Unset => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "enabled",
                format!(
                    "{} sets `enabled = false`: new EBS volumes and snapshot copies in the region \
                     are unencrypted unless each one asks for encryption",
                    label(inst)
                ),
                Remedy::set(Safety::Unsafe, "enabled", "true"),
            ),
        }
    }
}
