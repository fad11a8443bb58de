//! TFG-ENC-021: ElastiCache replication group is not encrypted with a customer managed KMS key.

use super::helpers::elasticache::{at_rest, group_label, in_global_datastore};
use crate::finding::Severity;
use crate::model::access::Flag;
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-021",
    name: "elasticache-without-cmk",
    title: "ElastiCache replication group is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &["CKV_AWS_191"],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["ElastiCache replication group CMK"],
    resources: &["aws_elasticache_replication_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-021.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_replication_group") {
        let encrypted = at_rest(inst);
        let what = group_label(inst);
        // Not encrypted at rest (TFG-ENC-019's finding): no customer managed key either, as
        // the peers also report; so TFG-ENC-019's fix brings no new finding.
        if matches!(encrypted, Flag::False | Flag::Unset) {
            if inst.node().set("kms_key_id").is_none() && !in_global_datastore(inst) {
                cx.report(
                    i,
                    "",
                    format!(
                        "{what} is not encrypted at rest, so not with a customer managed key either"
                    ),
                );
            }
            continue;
        }
        let kms = inst.node().get("kms_key_id");
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            // A member of a global datastore uses the datastore's key.
            Key::Unset if in_global_datastore(inst) => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!("{what} sets `kms_key_id` to the AWS managed key \"{k}\""),
            ),
            Key::Unset if encrypted == Flag::Unknown => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{what} {}: if encrypted at rest, it uses the \
                     ElastiCache default (service managed) key",
                    no_key(kms, "kms_key_id")
                ),
            ),
            Key::Unset => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "{what} {}: data at rest is encrypted with the \
                     ElastiCache default (service managed) key",
                    no_key(kms, "kms_key_id")
                ),
            ),
        }
    }
}
