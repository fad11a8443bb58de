//! TFG-ENC-040: RDS/Aurora cluster storage is not encrypted with a customer managed key.

use super::helpers::rds::{inherits, label_cluster};
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-040",
    name: "rds-cluster-without-cmk",
    title: "RDS/Aurora cluster storage is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0079",
        "AVD-AWS-0079",
        "aws-rds-encrypt-cluster-storage-data",
        "CKV_AWS_327",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["RDS/Aurora cluster storage encrypted with a CMK"],
    resources: &["aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-040.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_rds_cluster") {
        let node = inst.node();
        let what = label_cluster(inst);
        let kms = node.get("kms_key_id");
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!("{what} sets `kms_key_id` to the AWS managed key \"{k}\""),
            ),
            // A restored or replica cluster keeps its source's key.
            Key::Unset if inherits(inst) => cx.undecided(i),
            Key::Unset => match encrypted(node.get("storage_encrypted"), node.get("engine_mode")) {
                None => cx.undecided(i),
                Some(true) => cx.report(
                    i,
                    no_key_at(kms, "kms_key_id", ""),
                    format!(
                        "{what} is encrypted with the AWS managed key aws/rds (it {}): key use \
                         cannot be restricted or audited per cluster",
                        no_key(kms, "kms_key_id")
                    ),
                ),
                // Unencrypted (TFG-ENC-007 says so): no customer managed key either, as the
                // peers also report.
                Some(false) => cx.report(
                    i,
                    no_key_at(kms, "kms_key_id", ""),
                    format!("{what} is not encrypted, so not with a customer managed key either"),
                ),
            },
        }
    }
}

/// Whether the storage is encrypted: asked for, or Aurora Serverless v1 (always encrypted).
/// `None`: unknown before apply.
fn encrypted(asked: Option<&Value>, engine_mode: Option<&Value>) -> Option<bool> {
    match flag(asked) {
        Flag::True => Some(true),
        Flag::Unknown => None,
        Flag::False | Flag::Unset => match engine_mode {
            Some(Value::String(m)) => Some(&**m == "serverless"),
            Some(Value::Unknown(_)) => None,
            _ => Some(false),
        },
    }
}
