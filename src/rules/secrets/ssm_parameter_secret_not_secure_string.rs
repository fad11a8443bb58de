//! TFG-SEC-007: an SSM parameter that holds a secret is not a `SecureString`.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::secrets::helpers::shapes::{secret_name, token_shape};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-007",
    name: "ssm-parameter-secret-not-secure-string",
    title: "SSM parameter that holds a secret is not a SecureString",
    severity: Severity::High,
    area: Area::Secrets,
    aliases: &[],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-28",
        "NIST:IA-5(7)",
        "ISO27001:A.8.24",
    ],
    controls: &["SSM parameter that holds a secret is stored as SecureString"],
    resources: &["aws_ssm_parameter"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ssm_parameter") {
        let kind = match inst.node().get("type") {
            Some(Value::String(t)) => t.clone(),
            None | Some(Value::Null) => {
                // `type` is required; a configuration without it does not plan.
                cx.undecided(i);
                continue;
            }
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        if kind.as_ref() == "SecureString" {
            cx.pass(i);
            continue;
        }
        // The value, never printed: only its shape is named.
        let shaped = ["value", "insecure_value"].iter().find_map(|arg| {
            inst.node()
                .get(arg)
                .and_then(Value::as_str)
                .and_then(token_shape)
        });
        if let Some(what) = shaped {
            cx.report(
                i,
                "type",
                format!(
                    "{} has `type = \"{kind}\"` and a value that holds {what}: a `String` parameter is stored and shown in plain text",
                    label(inst)
                ),
            );
            continue;
        }
        match inst.node().get("name") {
            Some(Value::String(name)) if secret_name(name) => cx.report(
                i,
                "type",
                format!(
                    "{} is named like a secret and has `type = \"{kind}\"`: a `String` parameter is stored and shown in plain text",
                    label(inst)
                ),
            ),
            Some(Value::String(_)) => cx.pass(i),
            _ => cx.undecided(i),
        }
    }
}
