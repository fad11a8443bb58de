//! TFG-CTR-003: an EKS cluster does not envelope-encrypt Kubernetes secrets with a KMS key.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-003",
    name: "eks-secrets-not-encrypted",
    title: "EKS cluster does not envelope-encrypt Kubernetes secrets with a KMS key",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &[
        "AWS-0039",
        "AVD-AWS-0039",
        "aws-eks-encrypt-secrets",
        "CKV_AWS_58",
        "63ebcb19-2739-4d3f-aa5c-e8bbb9b85281",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.7",
        "NIST:SC-28",
        "NIST:SC-12",
        "ISO27001:A.8.24",
    ],
    controls: &["EKS secrets envelope encryption (encryption_config resources = secrets)"],
    resources: &["aws_eks_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-003.md"),
    check,
};

enum Found {
    Secrets,
    Unknown,
    Other,
}

fn resources_hold_secrets(v: Option<&Value>) -> Found {
    match v {
        Some(Value::List(items) | Value::Set(items)) => {
            let mut unknown = false;
            for item in items.iter() {
                match item {
                    Value::String(s) if &**s == "secrets" => return Found::Secrets,
                    Value::String(_) => {}
                    _ => unknown = true,
                }
            }
            if unknown {
                Found::Unknown
            } else {
                Found::Other
            }
        }
        Some(Value::Unknown(_)) => Found::Unknown,
        _ => Found::Other,
    }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_eks_cluster") {
        let blocks = inst.node().children("encryption_config");
        if blocks.is_empty() {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `encryption_config`: Kubernetes secrets are not envelope-encrypted with a KMS key you control",
                    label(inst)
                ),
            );
            continue;
        }
        let mut unknown = false;
        let mut found = None;
        for (k, b) in blocks.iter().enumerate() {
            match resources_hold_secrets(b.get("resources")) {
                Found::Secrets => found = Some((k, b.child("provider"))),
                Found::Unknown => unknown = true,
                Found::Other => {}
            }
        }
        if let Some((k, provider)) = found {
            // The provider requires `provider.key_arn`; without it nothing names the key.
            match provider.and_then(|p| p.get("key_arn")) {
                None | Some(Value::Null) => cx.report(
                    i,
                    &format!("encryption_config[{k}]"),
                    format!(
                        "{} encrypts secrets but does not set `provider.key_arn`: no KMS key is named for the envelope encryption",
                        label(inst)
                    ),
                ),
                Some(Value::String(s)) if s.is_empty() => cx.report(
                    i,
                    &format!("encryption_config[{k}].provider[0].key_arn"),
                    format!(
                        "{} sets `provider.key_arn` to an empty string: no KMS key is named for the envelope encryption",
                        label(inst)
                    ),
                ),
                Some(_) => cx.pass(i),
            }
        } else if unknown
            || blocks
                .iter()
                .any(|b| matches!(b, Node::Value(Value::Unknown(_))))
        {
            cx.undecided(i);
        } else {
            cx.report(
                i,
                "encryption_config[0].resources",
                format!(
                    "{} has an `encryption_config` whose `resources` do not include \"secrets\": Kubernetes secrets are not envelope-encrypted with a KMS key you control",
                    label(inst)
                ),
            );
        }
    }
}
