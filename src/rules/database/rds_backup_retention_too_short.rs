//! TFG-DB-001: RDS instance or cluster keeps automated backups for less than two days.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::rds::{is_replica, name, sets};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-001",
    name: "rds-backup-retention-too-short",
    title: "RDS instance or cluster keeps automated backups for less than two days",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0077",
        "AVD-AWS-0077",
        "aws-rds-specify-backup-retention",
        "rds_with_backup_disabled",
        "1dc73fb4-5b51-430c-8c5f-25dcf9090b02",
        "rds_cluster_with_backup_disabled",
        "e542bd46-58c4-4e0f-a52a-1fb4f9548e02",
    ],
    compliance: &[
        "SOC2:A1.2",
        "SOC2:CC7.5",
        "NIST:CP-9",
        "NIST:CP-10",
        "ISO27001:A.8.13",
    ],
    controls: &["RDS instance/cluster automated backup retention (at least two days)"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-001.md"),
    check,
};

/// Fewer days than this is a finding.
const MIN_DAYS: f64 = 2.0;

fn check(cx: &mut Checker) {
    for t in ["aws_db_instance", "aws_rds_cluster"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            // A read replica's backups are the source's concern (an instance replica of
            // another instance; a cluster replicating another cluster).
            let replica = match t {
                "aws_db_instance" => is_replica(inst),
                _ => sets(inst, "replication_source_identifier"),
            };
            match replica {
                Some(true) => {
                    cx.pass(i);
                    continue;
                }
                None => {
                    cx.undecided(i);
                    continue;
                }
                Some(false) => {}
            }
            match node.get("backup_retention_period") {
                None | Some(Value::Null) => cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `backup_retention_period` (default 1 day): a bad \
                         change or corruption found after a day cannot be restored",
                        name(inst)
                    ),
                ),
                Some(v) => match v.to_number() {
                    None => cx.undecided(i),
                    Some(n) if n >= MIN_DAYS => cx.pass(i),
                    Some(n) => cx.report(
                        i,
                        "backup_retention_period",
                        format!(
                            "{} sets `backup_retention_period = {}`: {}",
                            name(inst),
                            crate::model::value::format_number(n),
                            if n < 1.0 {
                                "automated backups and point-in-time recovery are off"
                            } else {
                                "a bad change or corruption found after a day cannot be restored"
                            }
                        ),
                    ),
                },
            }
        }
    }
}
