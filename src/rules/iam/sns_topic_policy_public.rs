//! TFG-IAM-024: a topic policy that lets anyone use the topic.

use super::helpers::{Verdict, judge_list, public, resource_policies};
use crate::finding::Severity;
use crate::link::policy::Statement;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-024",
    name: "sns-topic-policy-public",
    title: "SNS topic policy allows any principal",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &["CKV_AWS_169", "b26d2b7e-60f6-413d-a3a1-a57db24aa2b3"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &["SNS topic policy allows public (any principal) access"],
    resources: &["aws_sns_topic", "aws_sns_topic_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-024.md"),
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
    judge_list(cx, &policies, |_, s| match to_named_endpoints(s) {
        Some(true) => Verdict::Good,
        // An endpoint known only after apply (a queue's ARN) is still one endpoint, unless
        // the statement is public anyway for want of the condition; say so only when sure.
        None => match public(s, "the topic") {
            Verdict::Bad(_) => Verdict::Unknown,
            other => other,
        },
        Some(false) => public(s, "the topic"),
    });
}

/// Whether the statement is limited to subscriptions of named endpoints: a positive test
/// (`StringEquals`, `StringLike`, not `...IfExists`) of `sns:Endpoint` whose values are all
/// specific. Only `Subscribe` requests carry the key, so nothing else is allowed, and
/// messages go only to those endpoints (a queue of the configuration, the addresses of one
/// domain), whoever subscribes them. `None` when such a test has a value unknown before
/// apply.
fn to_named_endpoints(s: &Statement) -> Option<bool> {
    let mut unknown = false;
    for c in &s.conditions {
        let positive = ["StringEquals", "StringLike", "StringEqualsIgnoreCase"]
            .iter()
            .any(|t| c.test.eq_ignore_ascii_case(t));
        if !positive || !c.key.eq_ignore_ascii_case("sns:Endpoint") {
            continue;
        }
        let wide = c
            .values
            .iter()
            .any(|v| v.trim().chars().all(|ch| ch == '*' || ch == '?'));
        if wide {
            continue;
        }
        if c.unknown {
            unknown = true;
        } else if !c.values.is_empty() {
            return Some(true);
        }
    }
    if unknown { None } else { Some(false) }
}
