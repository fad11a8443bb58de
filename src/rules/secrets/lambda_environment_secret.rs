//! TFG-SEC-002: a Lambda function's environment variables hold a secret written in the
//! configuration.

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::secrets::helpers::env::{Var, judge};
use crate::rules::secrets::helpers::written::from_plan;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-002",
    name: "lambda-environment-secret",
    title: "Lambda environment variables hold a secret written in the configuration",
    severity: Severity::High,
    area: Area::Secrets,
    aliases: &[
        "CKV_AWS_45",
        "hardcoded_aws_access_key_in_lambda",
        "1402afd8-a95c-4e84-8b0b-6fb43758e6ce",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(7)",
        "NIST:SC-28",
        "ISO27001:A.5.17",
    ],
    controls: &["Hard-coded secrets in Lambda environment variables"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-002.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        if from_plan(inst) {
            cx.undecided(i);
            continue;
        }
        let mut unknown = false;
        let mut findings = Vec::new();
        for (n, env) in inst.node().children("environment").into_iter().enumerate() {
            let path = format!("environment[{n}].variables");
            match env.get("variables") {
                None | Some(Value::Null) => {}
                Some(Value::Object(vars)) => {
                    for (name, v) in &vars.fields {
                        match judge(name, v) {
                            Var::Clean => {}
                            Var::Unknown => unknown = true,
                            Var::Secret(why) => findings.push((
                                i,
                                path.clone(),
                                format!(
                                    "{} sets environment variable `{name}`, which {why}: anyone who can read the function's configuration can read it",
                                    label(inst)
                                ),
                            )),
                        }
                    }
                }
                Some(Value::Unknown(Unknown::Variable { .. } | Unknown::Attribute { .. })) => {}
                Some(_) => unknown = true,
            }
        }
        cx.settle(i, unknown, findings);
    }
}
