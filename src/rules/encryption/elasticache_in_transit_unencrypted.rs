//! TFG-ENC-020: ElastiCache replication group does not encrypt data in transit.

use super::helpers::elasticache::{group_label, in_global_datastore};
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-020",
    name: "elasticache-in-transit-unencrypted",
    title: "ElastiCache replication group does not encrypt data in transit",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0051",
        "AVD-AWS-0051",
        "aws-elasticache-enable-in-transit-encryption",
        "CKV_AWS_30",
        "1afbb3fa-cf6c-4a3d-b730-95e9f4df343e",
        "AC_AWS_0467",
        "FG_R00105",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["ElastiCache replication group in-transit encryption"],
    resources: &["aws_elasticache_replication_group"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_replication_group") {
        let node = inst.node();
        let what = group_label(inst);
        match flag(node.get("transit_encryption_enabled")) {
            Flag::Unknown => cx.undecided(i),
            // A member of a global datastore takes the datastore's setting.
            Flag::Unset if in_global_datastore(inst) => cx.undecided(i),
            Flag::False => cx.report_fix(
                i,
                "transit_encryption_enabled",
                format!(
                    "{what} sets `transit_encryption_enabled = false`: clients and replicas \
                     exchange data and AUTH tokens in plaintext"
                ),
                Remedy::set(Safety::Unsafe, "transit_encryption_enabled", "true"),
            ),
            Flag::Unset => cx.report_fix(
                i,
                "",
                format!(
                    "{what} does not set `transit_encryption_enabled` (default false): clients \
                     and replicas exchange data and AUTH tokens in plaintext"
                ),
                Remedy::set(Safety::Unsafe, "transit_encryption_enabled", "true"),
            ),
            // On, but `preferred` still accepts plaintext connections (a migration step).
            Flag::True => match node.get("transit_encryption_mode") {
                Some(Value::Unknown(_)) => cx.undecided(i),
                Some(Value::String(m)) if m.eq_ignore_ascii_case("preferred") => cx.report(
                    i,
                    "transit_encryption_mode",
                    format!(
                        "{what} sets `transit_encryption_mode = \"{m}\"`: TLS is offered but \
                         plaintext connections are still accepted"
                    ),
                ),
                _ => cx.pass(i),
            },
        }
    }
}
