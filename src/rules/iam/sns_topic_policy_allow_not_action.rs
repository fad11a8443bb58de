//! TFG-IAM-035: a topic policy `Allow` statement written with `NotAction`.

use super::helpers::{Verdict, judge_list, resource_policies};
use crate::finding::Severity;
use crate::link::policy::Effect;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-035",
    name: "sns-topic-policy-allow-not-action",
    title: "SNS topic policy allows everything but a list of actions (NotAction)",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["5ea624e4-c8b1-4bb3-87a4-4235a776adcc"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &["SNS topic policy Allow statement uses NotAction"],
    resources: &["aws_sns_topic", "aws_sns_topic_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-035.md"),
    check,
};

fn check(cx: &mut Checker) {
    let policies = resource_policies(
        cx.links,
        &[
            ("aws_sns_topic", "policy"),
            ("aws_sns_topic_policy", "policy"),
        ],
    );
    judge_list(cx, &policies, |_, s| {
        if s.effect == Effect::Allow && !s.not_actions.is_empty() {
            Verdict::Bad(format!(
                "allows every action except `{}`: actions added later and every one not listed are granted",
                s.not_actions.join(", ")
            ))
        } else {
            Verdict::Good
        }
    });
}
