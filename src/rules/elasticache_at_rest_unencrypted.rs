//! TFG-ENC-019: ElastiCache replication group is not encrypted at rest.
//!
//! Also home of [`at_rest`] and [`group_label`], shared by TFG-ENC-020 and TFG-ENC-021.

use super::simple::label;
use super::{Area, Checker, Rule};
use super::{Remedy, Safety};
use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-019",
    name: "elasticache-at-rest-unencrypted",
    title: "ElastiCache replication group is not encrypted at rest",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0045",
        "AVD-AWS-0045",
        "aws-elasticache-enable-at-rest-encryption",
        "CKV_AWS_29",
        "76976de7-c7b1-4f64-a94f-90c1345914c2",
        "AC_AWS_0466",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["ElastiCache replication group at-rest encryption"],
    resources: &["aws_elasticache_replication_group"],
    fixable: true,
    doc: include_str!("../../rules/TFG-ENC-019.md"),
    check,
};

/// A replication group's `replication_group_id` when known, else the usual label.
pub(super) fn group_label(inst: &Instance) -> String {
    match inst
        .node()
        .get("replication_group_id")
        .and_then(Value::as_str)
    {
        Some(n) => format!("{} `{n}`", inst.rtype),
        None => label(inst),
    }
}

/// True when the group is a member of a global datastore, whose settings it inherits.
pub(super) fn in_global_datastore(inst: &Instance) -> bool {
    inst.node().set("global_replication_group_id").is_some()
}

/// Whether the group is encrypted at rest: `at_rest_encryption_enabled` as written, or its
/// default when unset (true for the `valkey` engine, false for `redis`, the default engine;
/// `Unknown` when the engine is unknown or a global datastore decides).
pub(super) fn at_rest(inst: &Instance) -> Flag {
    let node = inst.node();
    match flag(node.get("at_rest_encryption_enabled")) {
        Flag::Unset if in_global_datastore(inst) => Flag::Unknown,
        Flag::Unset => match node.get("engine") {
            Some(Value::String(e)) if e.eq_ignore_ascii_case("valkey") => Flag::True,
            Some(Value::Unknown(_)) => Flag::Unknown,
            _ => Flag::Unset,
        },
        other => other,
    }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_replication_group") {
        match at_rest(inst) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "at_rest_encryption_enabled",
                format!(
                    "{} sets `at_rest_encryption_enabled = false`: data on disk (swap, sync) and \
                     backups are unencrypted",
                    group_label(inst)
                ),
                Remedy::set(Safety::Unsafe, "at_rest_encryption_enabled", "true"),
            ),
            Flag::Unset => cx.report_fix(
                i,
                "",
                format!(
                    "{} does not set `at_rest_encryption_enabled` (default false for Redis OSS): \
                     data on disk (swap, sync) and backups are unencrypted",
                    group_label(inst)
                ),
                Remedy::set(Safety::Unsafe, "at_rest_encryption_enabled", "true"),
            ),
        }
    }
}
