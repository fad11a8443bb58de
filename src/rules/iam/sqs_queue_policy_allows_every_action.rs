//! TFG-IAM-025: a queue policy that allows every SQS action.

use super::helpers::{Verdict, allows, is_every_action, judge_list, resource_policies};
use crate::base::wildcard::{self, Syntax};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-025",
    name: "sqs-queue-policy-allows-every-action",
    title: "SQS queue policy allows every action",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &[
        "AWS-0097",
        "AVD-AWS-0097",
        "aws-sqs-no-wildcards-in-policy-documents",
        "CKV_AWS_72",
    ],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &["SQS queue policy allows all actions (\"*\" / sqs:*)"],
    resources: &["aws_sqs_queue", "aws_sqs_queue_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-025.md"),
    check,
};

fn check(cx: &mut Checker) {
    let policies = resource_policies(
        cx.links,
        &[
            ("aws_sqs_queue", "policy"),
            ("aws_sqs_queue_policy", "policy"),
        ],
    );
    judge_list(cx, &policies, |_, s| {
        if !allows(s) {
            return Verdict::Good;
        }
        let every = |a: &&String| {
            is_every_action(a)
                || a.split_once(':').is_some_and(|(svc, act)| {
                    !act.is_empty()
                        && act.chars().all(|c| c == '*')
                        && wildcard::matches(svc, "sqs", Syntax::IAM)
                })
        };
        match s.actions.iter().find(every) {
            Some(a) => Verdict::Bad(format!(
                "allows every action on the queue (`{a}`): purging it, deleting it and changing its policy, not only sending or receiving"
            )),
            None if s.actions_unknown => Verdict::Unknown,
            None => Verdict::Good,
        }
    });
}
