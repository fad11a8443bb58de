//! TFG-SEC-012: a Secrets Manager secret's resource policy allows every Secrets Manager
//! action.

use crate::finding::Severity;
use crate::link::policy::{self, Policy};
use crate::model::value::Value;
use crate::rules::common::policy::every_action_of;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-012",
    name: "secret-policy-allows-every-action",
    title: "Secrets Manager secret policy allows every action (secretsmanager:*)",
    severity: Severity::Medium,
    area: Area::Secrets,
    aliases: &[],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &["Secrets Manager secret policy allows every action (\"*\" / secretsmanager:*)"],
    resources: &[
        "aws_secretsmanager_secret_policy",
        "aws_secretsmanager_secret",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-012.md"),
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
                if s.effect != policy::Effect::Allow || !s.not_actions.is_empty() {
                    continue;
                }
                match every_action_of(s, "secretsmanager") {
                    Some(a) => {
                        let sid = s
                            .sid
                            .as_ref()
                            .filter(|id| !id.is_empty())
                            .map(|id| format!(" (statement \"{id}\")"))
                            .unwrap_or_default();
                        findings.push((
                            i,
                            "policy".to_string(),
                            format!(
                                "{} has a policy that allows every action (`{a}`){sid}: deleting the secret, writing new values and rewriting the policy itself, not only reading the value",
                                label(inst)
                            ),
                        ));
                    }
                    None if s.actions_unknown => unknown = true,
                    None => {}
                }
            }
            cx.settle(i, unknown, findings);
        }
    }
}
