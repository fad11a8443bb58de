//! TFG-IAM-030: a Cognito identity pool that gives AWS credentials to unauthenticated users.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-030",
    name: "cognito-identity-pool-allows-guests",
    title: "Cognito identity pool allows unauthenticated identities",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["CKV_AWS_366"],
    compliance: &["SOC2:CC6.1", "NIST:AC-14", "NIST:IA-2", "ISO27001:A.8.5"],
    controls: &["Cognito identity pool allows unauthenticated identities"],
    resources: &["aws_cognito_identity_pool"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-030.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_cognito_identity_pool"],
        "allow_unauthenticated_identities",
        true,
        false,
        "anyone on the internet gets AWS credentials for the pool's unauthenticated role",
        Some(Safety::Unsafe),
    );
}
