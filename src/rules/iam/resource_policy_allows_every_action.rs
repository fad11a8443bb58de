//! TFG-IAM-050: an EFS file system policy or a Glue Data Catalog policy that allows every
//! action of its service.

use super::helpers::{Verdict, allows, judge_list, resource_policies};
use crate::finding::Severity;
use crate::rules::common::policy::every_action_of;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-050",
    name: "resource-policy-allows-every-action",
    title: "EFS file system or Glue Data Catalog policy allows every action of the service",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &[],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &[
        "EFS file system and Glue Data Catalog resource policies allow every action of the service (\"*\" / svc:*)",
    ],
    resources: &["aws_efs_file_system_policy", "aws_glue_resource_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-050.md"),
    check,
};

/// The policies judged, their argument, the service whose `svc:*` counts and what every
/// action adds to what the principal needs.
const HOLDERS: &[(&str, &str, &str, &str)] = &[
    (
        "aws_efs_file_system_policy",
        "policy",
        "elasticfilesystem",
        "on the file system: root access (`elasticfilesystem:ClientRootAccess`) included, not only mounting and writing",
    ),
    (
        "aws_glue_resource_policy",
        "policy",
        "glue",
        "on the Data Catalog: deleting and rewriting databases, tables and partitions included, not only reading",
    ),
];

fn check(cx: &mut Checker) {
    for &(rtype, arg, service, what) in HOLDERS {
        let policies = resource_policies(cx.links, &[(rtype, arg)]);
        judge_list(cx, &policies, |_, s| {
            if !allows(s) {
                return Verdict::Good;
            }
            match every_action_of(s, service) {
                Some(a) => Verdict::Bad(format!("allows every action (`{a}`) {what}")),
                None if s.actions_unknown => Verdict::Unknown,
                None => Verdict::Good,
            }
        });
    }
}
