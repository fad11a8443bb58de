//! TFG-IAM-014: a role trust policy lets any principal assume the role.

use super::helpers::{Verdict, Which, judge_policies};
use crate::finding::Severity;
use crate::rules::common::policy::no_narrowing;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-014",
    name: "role-trust-allows-any-principal",
    title: "Role trust policy lets any principal (\"*\") assume the role",
    severity: Severity::Critical,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_60",
        "CKV_AWS_283",
        "bcdcbdc6-a350-4855-ae7c-d1e6436f7c97",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.2",
    ],
    controls: &["Role trust policy allows any principal (\"*\")"],
    resources: &["aws_iam_role", "aws_iam_policy_document"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policies(cx, Which::Trust, |s| {
        if !s.allows_action("sts:AssumeRole")
            && !s.allows_action("sts:AssumeRoleWithWebIdentity")
            && !s.allows_action("sts:AssumeRoleWithSAML")
            && !s.actions_unknown
        {
            return Verdict::Good;
        }
        match s.allows_public_unconditionally() {
            Some(true) => {
                let who = if s.not_principal {
                    "every principal outside `NotPrincipal`"
                } else {
                    "any principal (\"*\")"
                };
                Verdict::Bad(format!(
                    "lets {who} assume the role, {}: any AWS account can take its permissions",
                    no_narrowing(s)
                ))
            }
            Some(false) => Verdict::Good,
            None => Verdict::Unknown,
        }
    });
}
