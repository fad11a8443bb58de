//! TFG-SLS-005: Lambda function without reserved concurrency.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::serverless::helpers::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-005",
    name: "lambda-without-reserved-concurrency",
    title: "Lambda function has no function-level concurrency limit",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV_AWS_115"],
    compliance: &["SOC2:A1.1", "NIST:SC-5", "NIST:SC-6", "ISO27001:A.8.6"],
    controls: &["Lambda reserved concurrency set"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-005.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        let v = inst.node().get("reserved_concurrent_executions");
        let n = match v {
            None | Some(Value::Null) => {
                cx.report(
                    i,
                    "",
                    format!(
                        "{} does not set `reserved_concurrent_executions` (default -1, unreserved): one function can use the whole account's concurrency",
                        label(inst)
                    ),
                );
                continue;
            }
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(Value::Number(n)) => *n,
            Some(Value::String(s)) => match s.trim().parse::<f64>() {
                Ok(n) => n,
                Err(_) => {
                    cx.undecided(i);
                    continue;
                }
            },
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        if n < 0.0 {
            cx.report(
                i,
                "reserved_concurrent_executions",
                format!(
                    "{} sets `reserved_concurrent_executions = {n}` (unreserved): one function can use the whole account's concurrency",
                    label(inst)
                ),
            );
        } else {
            cx.pass(i);
        }
    }
}
