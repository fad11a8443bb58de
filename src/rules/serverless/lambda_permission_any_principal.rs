//! TFG-SLS-009: Lambda permission granted to any principal.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-009",
    name: "lambda-permission-any-principal",
    title: "Lambda permission lets any AWS principal use the function",
    severity: Severity::High,
    area: Area::Serverless,
    aliases: &["CKV_AWS_301", "e08ed7eb-f3ef-494d-9d22-2e3db756a347"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
    ],
    controls: &["Lambda permission grants any principal"],
    resources: &["aws_lambda_permission"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_permission") {
        let principal = match text(inst, "principal") {
            Text::Unknown => {
                cx.undecided(i);
                continue;
            }
            Text::Known(p) if p.contains('*') => p,
            Text::Known(_) | Text::Unset => {
                cx.pass(i);
                continue;
            }
        };
        // An organization condition keeps the grant inside the organization's accounts.
        match text(inst, "principal_org_id") {
            Text::Unknown => {
                cx.undecided(i);
                continue;
            }
            Text::Known(o) if !o.is_empty() => {
                cx.pass(i);
                continue;
            }
            Text::Known(_) | Text::Unset => {}
        }
        cx.report(
            i,
            "principal",
            format!(
                "{} sets `principal = \"{principal}\"`: any AWS account can use the function",
                label(inst)
            ),
        );
    }
}
