//! TFG-ENC-001: EBS volume is not encrypted.

use super::helpers::ebs::{account_default, snapshot_encrypted};
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-001",
    name: "ebs-volume-unencrypted",
    title: "EBS volume is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0026",
        "AVD-AWS-0026",
        "aws-ec2-enable-volume-encryption",
        "CKV_AWS_3",
        "cc997676-481b-4e93-aa81-d19f8c5e9b12",
        "e6b4b943-6883-47a9-9739-7ada9568f8ca",
        "AC_AWS_0460",
        "FG_R00016",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.2.1"],
    controls: &["EBS volume encrypted"],
    resources: &["aws_ebs_volume"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ebs_volume") {
        let node = inst.node();
        let asked = flag(node.get("encrypted"));
        match asked {
            Flag::True => {
                cx.pass(i);
                continue;
            }
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::False | Flag::Unset => {}
        }
        // With encryption by default on, `encrypted = false` is ignored.
        match account_default(cx, inst) {
            Flag::True => {
                cx.pass(i);
                continue;
            }
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::False | Flag::Unset => {}
        }
        // A volume restored from an encrypted snapshot is encrypted whatever it asks.
        let source = node
            .set("snapshot_id")
            .map(|s| snapshot_encrypted(cx, inst, s, 0));
        let what = label(inst);
        match (asked, source) {
            (_, Some(Flag::True)) => cx.pass(i),
            (Flag::Unset, Some(Flag::Unknown | Flag::Unset)) => cx.undecided(i),
            (_, Some(Flag::Unknown | Flag::Unset)) => cx.report(
                i,
                "encrypted",
                format!(
                    "{what} sets `encrypted = false`: it is encrypted only if its snapshot is, \
                     which the configuration does not show"
                ),
            ),
            (Flag::Unset, Some(Flag::False)) => cx.report(
                i,
                "snapshot_id",
                format!(
                    "{what} does not set `encrypted` and is restored from an unencrypted snapshot: \
                     the volume and its snapshots are unencrypted"
                ),
            ),
            (_, Some(Flag::False)) | (Flag::False, None) => cx.report_fix(
                i,
                "encrypted",
                format!(
                    "{what} sets `encrypted = false`: the volume and its snapshots are unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
            (_, None) => cx.report_fix(
                i,
                "",
                format!(
                    "{what} does not set `encrypted` (default false): the volume and its \
                     snapshots are unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
        }
    }
}
