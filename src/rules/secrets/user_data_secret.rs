//! TFG-SEC-004: EC2 user data holds a secret written in the configuration.

use std::sync::LazyLock;

use regex::Regex;

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::secrets::helpers::env::{Var, judge_text};
use crate::rules::secrets::helpers::shapes::decode_base64;
use crate::rules::secrets::helpers::written::from_plan;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-004",
    name: "user-data-secret",
    title: "EC2 user data holds a secret written in the configuration",
    severity: Severity::High,
    area: Area::Secrets,
    aliases: &[
        "AWS-0029",
        "AVD-AWS-0029",
        "AWS-0129",
        "AVD-AWS-0129",
        "AWS-0122",
        "AVD-AWS-0122",
        "aws-ec2-no-secrets-in-user-data",
        "aws-ec2-no-secrets-in-launch-template-user-data",
        "aws-ec2-no-sensitive-info",
        "CKV_AWS_46",
        "hardcoded_aws_access_key",
        "d7b9d850-3e06-4a75-852f-c46c2e92240b",
        "user_data_contains_encoded_private_key",
        "443488f5-c734-460b-a36d-5b3f330174dc",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(7)",
        "NIST:SC-28",
        "ISO27001:A.5.17",
    ],
    controls: &["Secrets in EC2 user data (instance, launch template, launch configuration)"],
    resources: &[
        "aws_instance",
        "aws_launch_template",
        "aws_launch_configuration",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-004.md"),
    check,
};

/// The user data arguments per resource type.
const USER_DATA: &[(&str, &[&str])] = &[
    ("aws_instance", &["user_data", "user_data_base64"]),
    ("aws_launch_template", &["user_data"]),
    (
        "aws_launch_configuration",
        &["user_data", "user_data_base64"],
    ),
];

/// An assignment at the start of a line: shell (`export DB_PASSWORD="x"`, `TOKEN=x`),
/// PowerShell (`$env:TOKEN = "x"`) or YAML (`password: x`, cloud-config).
static ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?m)^[ \t-]*(?:export[ \t]+|set[ \t]+|\$env:)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:=|:[ \t])[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s;#]+)[ \t]*(?:[;#].*)?$"#,
    )
    .expect("a valid assignment pattern")
});

/// The first secret in a script: a token shape anywhere, else an assignment of a written
/// value to a secret-named variable (a value that expands something, `$X`, `$(cmd)`,
/// `{{ x }}`, is read at boot, not written here).
fn secret_in(text: &str) -> Option<String> {
    if let Var::Secret(why) = judge_text("", text) {
        return Some(why);
    }
    ASSIGNMENT.captures_iter(text).find_map(|c| {
        let name = &c[1];
        let raw = &c[2];
        let quoted = raw.len() >= 2
            && ((raw.starts_with('"') && raw.ends_with('"'))
                || (raw.starts_with('\'') && raw.ends_with('\'')));
        let value = if quoted { &raw[1..raw.len() - 1] } else { raw };
        if value.contains(['$', '`', '(', ')', '[', ']', '{', '}', '|', '<', '>']) {
            return None;
        }
        match judge_text(name, value) {
            Var::Secret(_) => Some(format!(
                "sets `{name}`, which is named like a secret, to a written value"
            )),
            _ => None,
        }
    })
}

fn check(cx: &mut Checker) {
    for &(rtype, args) in USER_DATA {
        for (i, inst) in cx.resources(rtype) {
            if from_plan(inst) {
                cx.undecided(i);
                continue;
            }
            let mut unknown = false;
            let mut findings = Vec::new();
            for &arg in args {
                match inst.node().get(arg) {
                    None | Some(Value::Null) => {}
                    Some(Value::String(text)) => {
                        let decoded = decode_base64(text);
                        let found = decoded
                            .as_deref()
                            .and_then(secret_in)
                            .or_else(|| secret_in(text));
                        if let Some(why) = found {
                            findings.push((
                                i,
                                arg.to_string(),
                                format!(
                                    "{} has `{arg}` that {why}: user data is readable by anyone who can describe the instance and by every process on it",
                                    label(inst)
                                ),
                            ));
                        }
                    }
                    // Supplied at run time: not written in the code.
                    Some(Value::Unknown(Unknown::Variable { .. })) => {}
                    Some(_) => unknown = true,
                }
            }
            cx.settle(i, unknown, findings);
        }
    }
}
