//! TFG-ENC-023: KMS key policy allows any principal.

use crate::finding::Severity;
use crate::link::policy::{Effect, Policy, Statement};
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-023",
    name: "kms-key-policy-public",
    title: "KMS key policy allows any principal",
    severity: Severity::Critical,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_33",
        "7ebc9038-0bde-479a-acc4-6ed7b6758899",
        "AC_AWS_0162",
        "AC_AWS_0482",
        "FG_R00252",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "NIST:SC-12",
    ],
    controls: &["KMS key policy: no wildcard/public principal"],
    resources: &["aws_kms_key", "aws_kms_key_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-023.md"),
    check,
};

/// What one `Allow` statement says about public access.
enum Verdict {
    Public,
    Unknown,
    Restricted,
}

/// `condition_unknown`: the statement's `Condition` is not known before apply (the parsed
/// statement then has no conditions).
fn judge(s: &Statement, condition_unknown: bool) -> Verdict {
    if s.effect != Effect::Allow {
        return Verdict::Restricted;
    }
    let anyone = s.applies_to_anyone();
    let maybe_anyone = s.principals.as_ref().is_some_and(|p| p.unknown);
    // A condition (account, organization, service, source) limits who "anyone" is.
    if (!anyone && !maybe_anyone) || !s.conditions.is_empty() {
        return Verdict::Restricted;
    }
    // An unknown principal may or may not be "*"; an unknown `Condition` may restrict.
    if !anyone || s.has_unknowns || condition_unknown {
        return Verdict::Unknown;
    }
    Verdict::Public
}

/// Per statement of a JSON policy, in order: whether its `Condition` is an unknown value.
fn unknown_conditions(v: &Value) -> Vec<bool> {
    let doc = match v {
        Value::Unknown(Unknown::Encoded { value }) => &**value,
        Value::Object(_) => v,
        _ => return Vec::new(),
    };
    let statements: Vec<&Value> = match doc.as_object().and_then(|o| o.fields.get("Statement")) {
        Some(s @ Value::Object(_)) => vec![s],
        Some(Value::List(items)) => items.iter().collect(),
        _ => Vec::new(),
    };
    statements
        .into_iter()
        .map(|s| {
            s.as_object()
                .and_then(|o| o.fields.get("Condition"))
                .is_some_and(Value::is_unknown)
        })
        .collect()
}

fn check(cx: &mut Checker) {
    for t in ["aws_kms_key", "aws_kms_key_policy"] {
        for (i, inst) in cx.resources(t) {
            let Some(v) = inst.node().set("policy") else {
                // The default key policy trusts the account only.
                cx.pass(i);
                continue;
            };
            let statements = match crate::rules::common::bucket::parse(cx.links, inst, v) {
                Policy::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                // AWS rejects an invalid policy: nothing is granted.
                Policy::Invalid(_) => {
                    cx.pass(i);
                    continue;
                }
                Policy::Statements(s) => s,
            };
            let conditions = unknown_conditions(v);
            let mut unknown = false;
            let mut findings = Vec::new();
            for (k, s) in statements.iter().enumerate() {
                match judge(s, conditions.get(k).copied().unwrap_or(false)) {
                    Verdict::Restricted => {}
                    Verdict::Unknown => unknown = true,
                    Verdict::Public => {
                        let actions = if s.actions.is_empty() {
                            format!("everything but `{}`", s.not_actions.join(", "))
                        } else {
                            format!("`{}`", s.actions.join(", "))
                        };
                        let sid = s
                            .sid
                            .as_ref()
                            .map(|id| format!(" (statement \"{id}\")"))
                            .unwrap_or_default();
                        let who = if s.not_principal {
                            "every principal outside `NotPrincipal`"
                        } else {
                            "any principal (\"*\")"
                        };
                        findings.push((
                            i,
                            "policy".to_string(),
                            format!(
                                "{} has a key policy{sid} that allows {actions} to {who} without a condition",
                                label(inst)
                            ),
                        ));
                    }
                }
            }
            cx.settle(i, unknown, findings);
        }
    }
}
