//! TFG-SLS-007: Lambda function without code signing.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, is_set, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-007",
    name: "lambda-without-code-signing",
    title: "Lambda function does not validate code signatures",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV_AWS_272"],
    compliance: &["SOC2:CC8.1", "NIST:CM-14", "NIST:SI-7", "ISO27001:A.8.32"],
    controls: &["Lambda code signing configured"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        // Code signing applies to .zip packages; container images are verified through ECR.
        match text(inst, "package_type") {
            Text::Unknown => {
                cx.undecided(i);
                continue;
            }
            Text::Known("Image") => {
                cx.pass(i);
                continue;
            }
            Text::Known(_) | Text::Unset => {}
        }
        match is_set(inst.node().get("code_signing_config_arn")) {
            None => cx.undecided(i),
            Some(true) => cx.pass(i),
            Some(false) => cx.report(
                i,
                "",
                format!(
                    "{} does not set `code_signing_config_arn`: any code package, signed or not, can be deployed to it",
                    label(inst)
                ),
            ),
        }
    }
}
