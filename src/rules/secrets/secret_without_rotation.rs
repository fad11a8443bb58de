//! TFG-SEC-005: a Secrets Manager secret has no automatic rotation.

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Mode};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-005",
    name: "secret-without-rotation",
    title: "Secrets Manager secret has no automatic rotation",
    severity: Severity::Medium,
    area: Area::Secrets,
    aliases: &["CKV2_AWS_57"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(1)",
        "NIST:SC-12",
        "ISO27001:A.5.17",
    ],
    controls: &["Secrets Manager secret has rotation configured"],
    resources: &["aws_secretsmanager_secret"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-005.md"),
    check,
};

/// Which secret a rotation's `secret_id` names.
enum Names {
    This,
    Other,
    /// Unknown before apply and not traceable to a secret of the configuration.
    Unknown,
}

fn names(cx: &Checker, secret: &Instance, rotation: &Instance) -> Names {
    match rotation.node().get("secret_id") {
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            // A reference to a secret of this root names that secret; any other reference
            // (a module output, a lookup) could name any.
            if &**resource == secret.address.as_str() {
                return Names::This;
            }
            let other_secret = cx.links.by_address(rotation, resource).is_some_and(|k| {
                let target = cx.links.instance(k);
                target.mode == Mode::Managed && target.rtype == "aws_secretsmanager_secret"
            });
            if other_secret {
                Names::Other
            } else {
                Names::Unknown
            }
        }
        Some(Value::String(id)) => {
            let name = secret.node().get("name").and_then(Value::as_str);
            match name {
                Some(n) if id.as_ref() == n || id.contains(&format!(":secret:{n}-")) => Names::This,
                Some(_) => Names::Other,
                // A secret named by `name_prefix` or left unnamed: a literal id may name it.
                None => Names::Unknown,
            }
        }
        Some(Value::Null) | None => Names::Other,
        Some(_) => Names::Unknown,
    }
}

fn check(cx: &mut Checker) {
    for (i, secret) in cx.resources("aws_secretsmanager_secret") {
        // Provider v4 and earlier: rotation configured on the secret itself.
        if secret.node().set("rotation_lambda_arn").is_some()
            && secret.node().has_child("rotation_rules")
        {
            cx.pass(i);
            continue;
        }
        let rotations: Vec<&Instance> = cx
            .links
            .in_root(&secret.root, "aws_secretsmanager_secret_rotation")
            .iter()
            .map(|&r| cx.links.instance(r))
            .collect();
        let mut unknown = false;
        let mut rotated = false;
        for r in rotations {
            match names(cx, secret, r) {
                Names::This if !r.keys_unknown() => rotated = true,
                Names::This | Names::Unknown => unknown = true,
                Names::Other => {}
            }
        }
        if rotated {
            cx.pass(i);
        } else if unknown {
            cx.undecided(i);
        } else {
            cx.report(
                i,
                "",
                format!(
                    "{} has no `aws_secretsmanager_secret_rotation`: the secret is never rotated automatically",
                    label(secret)
                ),
            );
        }
    }
}
