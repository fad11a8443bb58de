//! TFG-SEC-012: a Secrets Manager secret's resource policy allows every Secrets Manager
//! action.

use crate::finding::Severity;
use crate::link::policy::Effect;
use crate::rules::common::policy::{Unknown, every_action_of, judge_policy_argument, sid_note};
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
    judge_policy_argument(
        cx,
        &[
            "aws_secretsmanager_secret_policy",
            "aws_secretsmanager_secret",
        ],
        |inst, s| {
            if s.effect != Effect::Allow || !s.not_actions.is_empty() {
                return Ok(None);
            }
            match every_action_of(s, "secretsmanager") {
                Some(a) => Ok(Some(format!(
                    "{} has a policy that allows every action (`{a}`){}: deleting the secret, writing new values and rewriting the policy itself, not only reading the value",
                    label(inst),
                    sid_note(s)
                ))),
                None if s.actions_unknown => Err(Unknown),
                None => Ok(None),
            }
        },
    );
}
