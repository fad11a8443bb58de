//! TFG-SEC-011: a Secrets Manager secret's resource policy lets any principal in.

use crate::finding::Severity;
use crate::link::policy::{self, Policy};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-011",
    name: "secret-policy-public",
    title: "Secrets Manager secret policy allows any principal",
    severity: Severity::Critical,
    area: Area::Secrets,
    aliases: &[],
    compliance: &["SOC2:CC6.1", "NIST:AC-3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &["Secrets Manager secret policy allows any principal without a narrowing condition"],
    resources: &[
        "aws_secretsmanager_secret_policy",
        "aws_secretsmanager_secret",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    for rtype in [
        "aws_secretsmanager_secret_policy",
        "aws_secretsmanager_secret",
    ] {
        for (i, inst) in cx.resources(rtype) {
            let v = match inst.node().get("policy") {
                None | Some(Value::Null) => {
                    cx.pass(i);
                    continue;
                }
                Some(v) => v,
            };
            let statements = match policy::resolve(cx.links, inst, v) {
                Policy::Statements(s) => s,
                Policy::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                // AWS rejects it: it grants nothing.
                Policy::Invalid(_) => {
                    cx.pass(i);
                    continue;
                }
            };
            let mut unknown = false;
            let mut findings = Vec::new();
            for s in &statements {
                match s.allows_public_unconditionally() {
                    Some(true) => {
                        let sid = s
                            .sid
                            .as_ref()
                            .filter(|id| !id.is_empty())
                            .map(|id| format!(" (statement \"{id}\")"))
                            .unwrap_or_default();
                        let actions = if s.not_actions.is_empty() {
                            s.actions.join(", ")
                        } else {
                            format!("everything but {}", s.not_actions.join(", "))
                        };
                        findings.push((
                            i,
                            "policy".to_string(),
                            format!(
                                "{} has a policy that allows any principal `{actions}`{sid} without a condition that narrows who the caller is",
                                label(inst)
                            ),
                        ));
                    }
                    Some(false) => {}
                    None => unknown = true,
                }
            }
            cx.settle(i, unknown, findings);
        }
    }
}
