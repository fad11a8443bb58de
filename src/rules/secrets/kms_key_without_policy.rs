//! TFG-SEC-010: a KMS key has no explicit key policy.

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Mode};
use crate::rules::common::kms::{no_key, no_key_at};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-010",
    name: "kms-key-without-policy",
    title: "KMS key has no explicit key policy",
    severity: Severity::Low,
    area: Area::Secrets,
    aliases: &["CKV2_AWS_64"],
    compliance: &["SOC2:CC6.1", "NIST:AC-6", "NIST:SC-12", "ISO27001:A.8.24"],
    controls: &["KMS key has an explicit key policy"],
    resources: &["aws_kms_key"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-010.md"),
    check,
};

/// Which key an `aws_kms_key_policy`'s `key_id` names.
enum Names {
    This,
    Other,
    Unknown,
}

fn names(cx: &Checker, key: &Instance, policy: &Instance) -> Names {
    match policy.node().get("key_id") {
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            if &**resource == key.address.as_str() {
                return Names::This;
            }
            let other_key = cx.links.by_address(policy, resource).is_some_and(|k| {
                let t = cx.links.instance(k);
                t.mode == Mode::Managed && t.rtype == "aws_kms_key"
            });
            if other_key {
                Names::Other
            } else {
                Names::Unknown
            }
        }
        // A literal key id or ARN names a key created elsewhere: a key of this
        // configuration has no id before apply.
        Some(Value::String(_)) | Some(Value::Null) | None => Names::Other,
        Some(_) => Names::Unknown,
    }
}

fn check(cx: &mut Checker) {
    for (i, key) in cx.resources("aws_kms_key") {
        match key.node().get("policy") {
            Some(Value::String(p)) if !p.trim().is_empty() => {
                cx.pass(i);
                continue;
            }
            Some(Value::Null) | None | Some(Value::String(_)) => {}
            // A policy built from unknown parts is still an explicit policy.
            Some(Value::Unknown(_)) => {
                cx.pass(i);
                continue;
            }
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        }
        let mut unknown = false;
        let mut attached = false;
        for &p in cx.links.in_root(&key.root, "aws_kms_key_policy") {
            let policy = cx.links.instance(p);
            match names(cx, key, policy) {
                Names::This if !policy.keys_unknown() => attached = true,
                Names::This | Names::Unknown => unknown = true,
                Names::Other => {}
            }
        }
        if attached {
            cx.pass(i);
        } else if unknown {
            cx.undecided(i);
        } else {
            let policy = key.node().get("policy");
            cx.report(
                i,
                no_key_at(policy, "policy", ""),
                format!(
                    "`{}` {} and no `aws_kms_key_policy` names it: the default key policy lets every IAM principal the account allows use and manage the key",
                    key.address,
                    no_key(policy, "policy")
                ),
            );
        }
    }
}
