//! TFG-DB-057: Redshift cluster listens on the default port.

use super::helpers::label;
use super::helpers::setting::{Num, number};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-057",
    name: "redshift-default-port",
    title: "Redshift cluster listens on the default port 5439",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &["41abc6cc-dde1-4217-83d3-fb5f0cc09d8f"],
    compliance: &["SOC2:CC7.1", "NIST:CM-6", "NIST:CM-7", "ISO27001:A.8.9"],
    controls: &["Redshift cluster uses the default port"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-057.md"),
    check,
};

const PROBLEM: &str = "scanners looking for Redshift try the well-known port first";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        match number(inst.node().get("port")) {
            Num::Unknown => cx.undecided(i),
            Num::Unset => cx.report(
                i,
                "",
                format!(
                    "{} does not set `port` (default 5439): {PROBLEM}",
                    label(inst)
                ),
            ),
            Num::Known(5439.0) => cx.report(
                i,
                "port",
                format!("{} sets `port = 5439`, the default: {PROBLEM}", label(inst)),
            ),
            Num::Known(_) => cx.pass(i),
        }
    }
}
