//! TFG-SLS-002: Lambda environment variables not encrypted with a customer managed key.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::serverless::helpers::{Text, is_set, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-002",
    name: "lambda-environment-without-cmk",
    title: "Lambda environment variables are not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Serverless,
    aliases: &["CKV_AWS_173"],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28", "ISO27001:A.8.24"],
    controls: &["Lambda environment variables encrypted with KMS key"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        let node = inst.node();
        let envs = node.children("environment");
        // No environment block, or one without variables: nothing to encrypt.
        let mut unknown = false;
        let mut any = false;
        for env in &envs {
            match env.get("variables") {
                None | Some(Value::Null) => {}
                Some(Value::Object(o)) if o.fields.is_empty() => {}
                Some(Value::Unknown(_)) => unknown = true,
                Some(_) => any = true,
            }
        }
        if !any {
            if unknown {
                cx.undecided(i);
            } else {
                cx.pass(i);
            }
            continue;
        }
        match (is_set(inst.node().get("kms_key_arn")), text(inst, "kms_key_arn")) {
            (None, _) => cx.undecided(i),
            (Some(true), _) => cx.pass(i),
            (Some(false), Text::Known(_)) => cx.report(
                i,
                "kms_key_arn",
                format!(
                    "{} sets `kms_key_arn` to an empty string: its environment variables are encrypted with the AWS managed key `aws/lambda`",
                    label(inst)
                ),
            ),
            (Some(false), _) => cx.report(
                i,
                "environment",
                format!(
                    "{} does not set `kms_key_arn`: its environment variables are encrypted with the AWS managed key `aws/lambda`",
                    label(inst)
                ),
            ),
        }
    }
}
