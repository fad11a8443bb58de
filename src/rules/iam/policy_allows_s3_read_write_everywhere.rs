//! TFG-IAM-041: an identity policy statement that allows `s3:Get*` and `s3:Put*` on every
//! resource.

use super::helpers::{Verdict, Which, allows, judge_policies};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-041",
    name: "policy-allows-s3-read-write-everywhere",
    title: "IAM policy allows s3:Get* and s3:Put* on every resource",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &[
        "AWS-0346",
        "AVD-AWS-0346",
        "aws-iam-unauthorized-bucket-access",
    ],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.8.3"],
    controls: &["Policy allows both s3:Get* and s3:Put* on Resource \"*\""],
    resources: super::helpers::IDENTITY_POLICY_TYPES,
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-041.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Identity, |s| {
        if !allows(s) {
            return Verdict::Good;
        }
        let has = |p: &str| s.actions.iter().any(|a| a.trim().eq_ignore_ascii_case(p));
        if !(has("s3:Get*") && has("s3:Put*")) {
            return if s.actions_unknown {
                Verdict::Unknown
            } else {
                Verdict::Good
            };
        }
        if s.resources.iter().any(|r| r.trim() == "*") {
            Verdict::Bad(
                "allows `s3:Get*` and `s3:Put*` on every resource (`*`): reading and overwriting every object, ACL and bucket setting of the account".into(),
            )
        } else if s.resources_unknown {
            Verdict::Unknown
        } else {
            Verdict::Good
        }
    });
}
