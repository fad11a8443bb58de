//! TFG-DB-007: RDS snapshot is shared with every AWS account.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-007",
    name: "db-snapshot-shared-publicly",
    title: "RDS snapshot is shared with every AWS account",
    severity: Severity::Critical,
    area: Area::Database,
    aliases: &["CKV_AWS_302"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-21",
        "ISO27001:A.8.3",
    ],
    controls: &["DB snapshot not shared publicly"],
    resources: &["aws_db_snapshot", "aws_db_cluster_snapshot"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    for t in ["aws_db_snapshot", "aws_db_cluster_snapshot"] {
        for (i, inst) in cx.resources(t) {
            let items = match inst.node().get("shared_accounts") {
                None | Some(Value::Null) => {
                    cx.pass(i);
                    continue;
                }
                Some(Value::List(items) | Value::Set(items)) => items,
                Some(_) => {
                    cx.undecided(i);
                    continue;
                }
            };
            if items
                .iter()
                .any(|v| v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("all")))
            {
                cx.report(
                    i,
                    "shared_accounts",
                    format!(
                        "{} shares the snapshot with \"all\": any AWS account can restore a copy \
                         of the database",
                        label(inst)
                    ),
                );
            } else if items.iter().any(Value::is_unknown) {
                cx.undecided(i);
            } else {
                cx.pass(i);
            }
        }
    }
}
