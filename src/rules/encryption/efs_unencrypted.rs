//! TFG-ENC-016: EFS file system is not encrypted.

use super::helpers::efs::efs_label;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-016",
    name: "efs-unencrypted",
    title: "EFS file system is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0037",
        "AVD-AWS-0037",
        "aws-efs-enable-at-rest-encryption",
        "CKV_AWS_42",
        "48207659-729f-4b5c-9402-f884257d794f",
        "AC_AWS_0097",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.4.1"],
    controls: &["EFS file system encrypted"],
    resources: &["aws_efs_file_system"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_efs_file_system") {
        match flag(inst.node().get("encrypted")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "encrypted",
                format!(
                    "{} sets `encrypted = false`: files are stored unencrypted",
                    efs_label(inst)
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
            Flag::Unset => cx.report_fix(
                i,
                "",
                format!(
                    "{} does not set `encrypted` (default false through the API and Terraform): \
                     files are stored unencrypted",
                    efs_label(inst)
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
        }
    }
}
