//! TFG-LOG-011: a Classic Load Balancer writes no access log.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-011",
    name: "classic-elb-without-access-logs",
    title: "Classic Load Balancer writes no access log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_92", "20018359-6fd7-4d05-ab26-d4dffccbdf79"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["Classic ELB access logging"],
    resources: &["aws_elb"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-011.md"),
    check,
};

const PROBLEM: &str = "requests through the load balancer leave no trace";

fn check(cx: &mut Checker) {
    for (i, elb) in cx.resources("aws_elb") {
        let Some(logs) = elb.node().child("access_logs") else {
            cx.report(
                i,
                "",
                format!("{} does not set `access_logs`: {PROBLEM}", label(elb)),
            );
            continue;
        };
        // Inside an `access_logs` block, `enabled` defaults to true.
        match flag(logs.get("enabled")) {
            Flag::True | Flag::Unset => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "access_logs[0].enabled",
                format!(
                    "{} sets `access_logs.enabled = false`: {PROBLEM}",
                    label(elb)
                ),
            ),
        }
    }
}
