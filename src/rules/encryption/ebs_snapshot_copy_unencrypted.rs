//! TFG-ENC-005: EBS snapshot copy is not encrypted.

use super::helpers::ebs::account_default;
use super::helpers::ebs::snapshot_encrypted;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-005",
    name: "ebs-snapshot-copy-unencrypted",
    title: "EBS snapshot copy is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &["AC_AWS_0459"],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["EBS snapshot encrypted"],
    resources: &["aws_ebs_snapshot_copy"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ebs_snapshot_copy") {
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
        // A copy of an encrypted snapshot is always encrypted.
        let source = match node.set("source_snapshot_id") {
            Some(s) => snapshot_encrypted(cx, inst, s, 0),
            None => Flag::Unknown,
        };
        let what = label(inst);
        match (asked, source) {
            (_, Flag::True) => cx.pass(i),
            (Flag::Unset, Flag::Unknown | Flag::Unset) => cx.undecided(i),
            (_, Flag::Unknown | Flag::Unset) => cx.report(
                i,
                "encrypted",
                format!(
                    "{what} sets `encrypted = false`: the copy is encrypted only if its source \
                     snapshot is, which the configuration does not show"
                ),
            ),
            (Flag::Unset, Flag::False) => cx.report_fix(
                i,
                "source_snapshot_id",
                format!(
                    "{what} does not set `encrypted` and copies an unencrypted snapshot: the \
                     copy is unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
            (_, Flag::False) => cx.report_fix(
                i,
                "encrypted",
                format!(
                    "{what} sets `encrypted = false` and copies an unencrypted snapshot: the \
                     copy is unencrypted"
                ),
                Remedy::set(Safety::Unsafe, "encrypted", "true"),
            ),
        }
    }
}
