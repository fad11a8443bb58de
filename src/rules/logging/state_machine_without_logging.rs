//! TFG-LOG-022: a Step Functions state machine writes no execution log.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-022",
    name: "state-machine-without-logging",
    title: "Step Functions state machine writes no execution log",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["Step Functions state machine execution logging"],
    resources: &["aws_sfn_state_machine"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-022.md"),
    check,
};

const PROBLEM: &str = "its executions leave no trace in CloudWatch Logs";

fn check(cx: &mut Checker) {
    for (i, sm) in cx.resources("aws_sfn_state_machine") {
        let Some(logging) = sm.node().child("logging_configuration") else {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `logging_configuration`: {PROBLEM}",
                    label(sm)
                ),
            );
            continue;
        };
        match logging.get("level") {
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(Value::String(l)) if l.as_ref() != "OFF" => {}
            Some(Value::String(_)) => {
                cx.report(
                    i,
                    "logging_configuration[0].level",
                    format!(
                        "{} sets `logging_configuration.level = \"OFF\"`: {PROBLEM}",
                        label(sm)
                    ),
                );
                continue;
            }
            _ => {
                cx.report(
                    i,
                    "logging_configuration[0]",
                    format!(
                        "{} does not set `logging_configuration.level` (default OFF): {PROBLEM}",
                        label(sm)
                    ),
                );
                continue;
            }
        }
        match logging.get("log_destination") {
            Some(Value::String(s)) if s.is_empty() => cx.report(
                i,
                "logging_configuration[0].log_destination",
                format!(
                    "{} sets an empty `logging_configuration.log_destination`: {PROBLEM}",
                    label(sm)
                ),
            ),
            Some(Value::Null) | None => cx.report(
                i,
                "logging_configuration[0]",
                format!(
                    "{} does not set `logging_configuration.log_destination`: {PROBLEM}",
                    label(sm)
                ),
            ),
            Some(_) => cx.pass(i),
        }
    }
}
