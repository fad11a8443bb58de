//! TFG-SEC-011: a Secrets Manager secret's resource policy lets any principal in.

use crate::finding::Severity;
use crate::rules::common::policy::{judge_policy_argument, public_unconditionally};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-011",
    name: "secret-policy-public",
    title: "Secrets Manager secret policy allows any principal",
    severity: Severity::Critical,
    area: Area::Secrets,
    aliases: &[],
    compliance: &["SOC2:CC6.1", "NIST:AC-3", "NIST:AC-6", "ISO27001:A.5.15"],
    controls: &["Secrets Manager secret policy allows any principal without a narrowing condition"],
    resources: &[
        "aws_secretsmanager_secret_policy",
        "aws_secretsmanager_secret",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    judge_policy_argument(
        cx,
        &[
            "aws_secretsmanager_secret_policy",
            "aws_secretsmanager_secret",
        ],
        |inst, s| public_unconditionally(s, &label(inst)),
    );
}
