//! TFG-SLS-011: Lambda permission allows more than invoking the function.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-011",
    name: "lambda-permission-broad-action",
    title: "Lambda permission allows more than invoking the function",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &[
        "75ec6890-83af-4bf1-9f16-e83726df0bd0",
        "ad9dabc7-7839-4bae-a957-aa9120013f39",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.2",
    ],
    controls: &["Lambda permission action broader than lambda:InvokeFunction"],
    resources: &["aws_lambda_permission"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-011.md"),
    check,
};

/// The actions a resource-based grant to invoke a function needs.
const INVOKE: &[&str] = &["lambda:invokefunction", "lambda:invokefunctionurl"];

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_permission") {
        match text(inst, "action") {
            Text::Unknown => cx.undecided(i),
            Text::Known(a) if INVOKE.contains(&a.to_ascii_lowercase().as_str()) => cx.pass(i),
            Text::Known(a) => cx.report(
                i,
                "action",
                format!(
                    "{} sets `action = \"{a}\"`: the grantee can do more with the function than invoke it",
                    label(inst)
                ),
            ),
            // Required: a configuration the provider rejects.
            Text::Unset => cx.pass(i),
        }
    }
}
