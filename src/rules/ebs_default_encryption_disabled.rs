//! TFG-ENC-003: EBS encryption by default is disabled.
//!
//! Also answers, for the other EBS rules, whether the configuration turns encryption by
//! default on ([`account_default`]).

use super::simple::label;
use super::{Area, Checker, Rule};
use super::{Remedy, Safety};
use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::{Flag, flag};

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
    doc: include_str!("../../rules/TFG-ENC-003.md"),
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

/// What the configuration says about EBS encryption by default for `from`'s root: `True` when
/// an `aws_ebs_encryption_by_default` of that root turns it on (`enabled` true or unset),
/// `Unknown` when none does but one is unknown, else `Unset` (not declared, or declared off).
///
/// The resource applies to its provider's region; tfgate does not follow provider aliases, so a
/// root that enables it is taken to enable it for all its volumes.
pub(super) fn account_default(cx: &Checker, from: &Instance) -> Flag {
    let mut unknown = false;
    for &d in cx
        .links
        .in_root(&from.root, "aws_ebs_encryption_by_default")
    {
        let inst = cx.links.instance(d);
        match flag(inst.node().get("enabled")) {
            // With an unknown `count`/`for_each` the resource may not exist at all.
            Flag::True | Flag::Unset if !inst.keys_unknown() => return Flag::True,
            Flag::True | Flag::Unset | Flag::Unknown => unknown = true,
            Flag::False => {}
        }
    }
    if unknown { Flag::Unknown } else { Flag::Unset }
}
