//! TFG-DB-052: Redshift cluster is publicly accessible.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-052",
    name: "redshift-cluster-publicly-accessible",
    title: "Redshift cluster is publicly accessible",
    severity: Severity::High,
    area: Area::Database,
    aliases: &["CKV_AWS_87", "af173fde-95ea-4584-b904-bb3923ac4bda"],
    compliance: &[
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["Redshift cluster publicly accessible"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-052.md"),
    check,
};

const PROBLEM: &str = "the cluster gets a public endpoint that anyone on the internet can try";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        match flag(inst.node().get("publicly_accessible")) {
            Flag::False => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::True => cx.report(
                i,
                "publicly_accessible",
                format!("{} sets `publicly_accessible = true`: {PROBLEM}", label(inst)),
            ),
            Flag::Unset => cx.report(
                i,
                "",
                format!(
                    "{} does not set `publicly_accessible` (default true before AWS provider 6.0): {PROBLEM}",
                    label(inst)
                ),
            ),
        }
    }
}
