//! TFG-CTR-009: an ECR repository policy lets any principal in.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::policy::{judge_policy_argument, public_unconditionally};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-009",
    name: "ecr-repository-policy-public",
    title: "ECR repository policy allows any principal",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &[
        "AWS-0032",
        "AVD-AWS-0032",
        "aws-ecr-no-public-access",
        "CKV_AWS_32",
        "e86e26fc-489e-44f0-9bcd-97305e4ba69a",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &["ECR repository policy allows public access"],
    resources: &["aws_ecr_repository_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policy_argument(cx, &["aws_ecr_repository_policy"], |inst, s| {
        let repo = match inst.node().get("repository").and_then(Value::as_str) {
            Some(r) => format!("ECR repository `{r}`"),
            None => label(inst),
        };
        public_unconditionally(s, &repo)
    });
}
