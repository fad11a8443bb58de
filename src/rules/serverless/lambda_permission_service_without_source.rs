//! TFG-SLS-010: Lambda permission for an AWS service without a source ARN or account.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, is_set, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-010",
    name: "lambda-permission-service-without-source",
    title: "Lambda permission for an AWS service does not name the source resource or account",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &[
        "AWS-0067",
        "AVD-AWS-0067",
        "aws-lambda-restrict-source-arn",
        "CKV_AWS_364",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
    ],
    controls: &["Lambda permission for an AWS service principal lacks source ARN/account"],
    resources: &["aws_lambda_permission"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_permission") {
        let principal = match text(inst, "principal") {
            Text::Unknown => {
                cx.undecided(i);
                continue;
            }
            Text::Known(p) if is_service(p) => p,
            Text::Known(_) | Text::Unset => {
                cx.pass(i);
                continue;
            }
        };
        let mut unknown = false;
        let mut narrowed = false;
        for arg in ["source_arn", "source_account"] {
            match is_set(inst.node().get(arg)) {
                None => unknown = true,
                Some(true) => narrowed = true,
                Some(false) => {}
            }
        }
        if narrowed {
            cx.pass(i);
        } else if unknown {
            cx.undecided(i);
        } else {
            cx.report(
                i,
                "principal",
                format!(
                    "{} grants `{principal}` and does not set `source_arn` or `source_account`: a resource of that service in any account can invoke the function",
                    label(inst)
                ),
            );
        }
    }
}

/// An AWS service principal (`events.amazonaws.com`, `s3.amazonaws.com`).
fn is_service(p: &str) -> bool {
    p.ends_with(".amazonaws.com") && !p.contains('*')
}
