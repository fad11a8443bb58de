//! TFG-IAM-042: a resource policy of another service (file system, Glue catalog, log
//! destination, SES identity, search domain) that lets anyone in.

use super::helpers::{Verdict, judge_list, public, resource_policies};
use crate::finding::Severity;
use crate::link::policy::Statement;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-042",
    name: "resource-policy-public",
    title: "Resource policy (EFS, Glue, Logs destination, SES, OpenSearch) allows any principal",
    severity: Severity::Critical,
    area: Area::Iam,
    aliases: &[],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &[
        "Resource policies of EFS, Glue, CloudWatch Logs destinations and SES identities allow any principal without a narrowing condition",
        "OpenSearch/Elasticsearch domain access policy allows any principal without a narrowing condition",
    ],
    resources: &[
        "aws_efs_file_system_policy",
        "aws_glue_resource_policy",
        "aws_cloudwatch_log_destination_policy",
        "aws_ses_identity_policy",
        "aws_elasticsearch_domain",
        "aws_elasticsearch_domain_policy",
        "aws_opensearch_domain",
        "aws_opensearch_domain_policy",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-042.md"),
    check,
};

fn check(cx: &mut Checker) {
    // A file system is reached through its mount targets, in its VPC: a statement that only
    // applies there lets in clients that can reach the network, not every AWS account (the
    // policies the EFS console offers are of this form).
    let efs = resource_policies(cx.links, &[("aws_efs_file_system_policy", "policy")]);
    judge_list(cx, &efs, |_, s| {
        if via_mount_target(s) {
            Verdict::Good
        } else {
            public(s, "the resource")
        }
    });
    let policies = resource_policies(
        cx.links,
        &[
            ("aws_glue_resource_policy", "policy"),
            ("aws_cloudwatch_log_destination_policy", "access_policy"),
            ("aws_ses_identity_policy", "policy"),
            ("aws_elasticsearch_domain", "access_policies"),
            ("aws_elasticsearch_domain_policy", "access_policies"),
            ("aws_opensearch_domain", "access_policies"),
            ("aws_opensearch_domain_policy", "access_policies"),
        ],
    );
    judge_list(cx, &policies, |_, s| public(s, "the resource"));
}

/// The statement applies only to requests through a mount target of the file system:
/// `Bool` `elasticfilesystem:AccessedViaMountTarget` `true` (not `BoolIfExists`, which lets
/// requests without the key through).
fn via_mount_target(s: &Statement) -> bool {
    s.conditions.iter().any(|c| {
        c.test.eq_ignore_ascii_case("Bool")
            && c.key
                .eq_ignore_ascii_case("elasticfilesystem:AccessedViaMountTarget")
            && !c.unknown
            && !c.values.is_empty()
            && c.values.iter().all(|v| v.eq_ignore_ascii_case("true"))
    })
}
