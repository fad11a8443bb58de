//! TFG-SLS-001: Lambda function URL without authentication.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-001",
    name: "lambda-url-without-auth",
    title: "Lambda function URL accepts unauthenticated requests",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &["CKV_AWS_258"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:IA-2",
        "ISO27001:A.8.5",
    ],
    controls: &["Lambda function URL without auth (authorization_type NONE)"],
    resources: &["aws_lambda_function_url"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-001.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function_url") {
        match text(inst, "authorization_type") {
            Text::Unknown => cx.undecided(i),
            Text::Known("NONE") => cx.report(
                i,
                "authorization_type",
                format!(
                    "{} sets `authorization_type = \"NONE\"`: anyone who learns the URL can invoke the function",
                    label(inst)
                ),
            ),
            // The argument is required: unset is a configuration the provider rejects.
            Text::Known(_) | Text::Unset => cx.pass(i),
        }
    }
}
