//! TFG-IAM-036: a topic policy that grants an account's principals access without a condition.

use super::helpers::trust::{account_of, aws_principals};
use super::helpers::{Verdict, judge_list, resource_policies};
use crate::finding::Severity;
use crate::link::policy::Effect;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-036",
    name: "sns-topic-cross-account-without-condition",
    title: "SNS topic policy grants another account access without a condition",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["CKV_AWS_385"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-3", "ISO27001:A.5.15"],
    controls: &["SNS topic policy grants cross-account access without Condition"],
    resources: &["aws_sns_topic_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-036.md"),
    check,
};

fn check(cx: &mut Checker) {
    let policies = resource_policies(cx.links, &[("aws_sns_topic_policy", "policy")]);
    judge_list(cx, &policies, |_, s| {
        if s.effect != Effect::Allow || !s.conditions.is_empty() {
            return Verdict::Good;
        }
        if s.condition_unknown {
            return Verdict::Unknown;
        }
        match aws_principals(s).find(|p| account_of(p, false).is_some()) {
            Some(p) => Verdict::Bad(format!(
                "grants `{p}` access to the topic with no condition: nothing limits which of that account's topics, sources or calls it covers"
            )),
            None => Verdict::Good,
        }
    });
}
