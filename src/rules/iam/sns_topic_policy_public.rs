//! TFG-IAM-024: a topic policy that lets anyone use the topic.

use super::helpers::{judge_list, public, resource_policies};
use crate::finding::Severity;
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
    judge_list(cx, &policies, |_, s| public(s, "the topic"));
}
