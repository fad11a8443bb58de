//! TFG-ENC-007: RDS/Aurora cluster storage is not encrypted.

use super::helpers::rds::{inherits, label_cluster};
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-007",
    name: "rds-cluster-storage-unencrypted",
    title: "RDS/Aurora cluster storage is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0079",
        "AVD-AWS-0079",
        "aws-rds-encrypt-cluster-storage-data",
        "CKV_AWS_96",
        "3199c26c-7871-4cb3-99c2-10a59244ce7f",
        "1a690d1d-0ae7-49fa-b2db-b75ae0dd1d3e",
        "656880aa-1388-488f-a6d4-8f73c23149b2",
        "AC_AWS_0186",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-28",
        "NIST:SC-28(1)",
        "NIST:SC-12",
        "CIS-AWS:2.3.1",
    ],
    controls: &["RDS/Aurora cluster storage encrypted"],
    resources: &["aws_rds_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_rds_cluster") {
        let node = inst.node();
        let what = label_cluster(inst);
        let asked = flag(node.get("storage_encrypted"));
        // Restored from a snapshot, a point in time, or replicating another cluster: the
        // source's encryption applies unless this cluster asks for encryption.
        let inherits = inherits(inst);
        let serverless = match node.get("engine_mode") {
            Some(Value::String(m)) => &**m == "serverless",
            Some(Value::Unknown(_)) => {
                if asked != Flag::True {
                    cx.undecided(i);
                    continue;
                }
                false
            }
            _ => false,
        };
        match asked {
            Flag::True => {}
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            // Aurora Serverless v1 storage is always encrypted.
            _ if serverless => {}
            _ if inherits => {
                cx.undecided(i);
                continue;
            }
            Flag::False => {
                cx.report_fix(
                    i,
                    "storage_encrypted",
                    format!(
                        "{what} sets `storage_encrypted = false`: cluster storage, backups and \
                         snapshots are unencrypted"
                    ),
                    Remedy::set(Safety::Unsafe, "storage_encrypted", "true"),
                );
                continue;
            }
            Flag::Unset => {
                cx.report_fix(
                    i,
                    "",
                    format!(
                        "{what} does not set `storage_encrypted` (default false): cluster \
                         storage, backups and snapshots are unencrypted"
                    ),
                    Remedy::set(Safety::Unsafe, "storage_encrypted", "true"),
                );
                continue;
            }
        }
        cx.pass(i);
    }
}
