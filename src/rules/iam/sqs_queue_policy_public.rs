//! TFG-IAM-023: a queue policy that lets anyone use the queue.

use super::helpers::{judge_list, public, resource_policies};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-023",
    name: "sqs-queue-policy-public",
    title: "SQS queue policy allows any principal",
    severity: Severity::Critical,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_168",
        "CKV_AWS_387",
        "730675f9-52ed-49b6-8ead-0acb5dd7df7f",
        "abb06e5f-ef9a-4a99-98c6-376d396bfcdf",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &["SQS queue policy allows public (any principal) access"],
    resources: &["aws_sqs_queue", "aws_sqs_queue_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-023.md"),
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
    judge_list(cx, &policies, |_, s| public(s, "the queue"));
}
