//! TFG-IAM-031: a Cognito user pool without multi-factor authentication.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-031",
    name: "cognito-user-pool-without-mfa",
    title: "Cognito user pool does not offer MFA",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &["ec28bf61-a474-4dbe-b414-6dd3a067d6f0"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-2(1)",
        "NIST:IA-2(2)",
        "ISO27001:A.8.5",
    ],
    controls: &["Cognito user pool MFA configured"],
    resources: &["aws_cognito_user_pool"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-031.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_cognito_user_pool") {
        let node = inst.node();
        let mode = match node.set("mfa_configuration") {
            None => None,
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(v) => v.as_str().map(str::to_ascii_uppercase),
        };
        match mode.as_deref() {
            None | Some("OFF") => {
                let (path, said) = match mode {
                    None => (
                        "",
                        "does not set `mfa_configuration` (default OFF)".to_string(),
                    ),
                    Some(_) => (
                        "mfa_configuration",
                        "sets `mfa_configuration = \"OFF\"`".to_string(),
                    ),
                };
                cx.report(
                    i,
                    path,
                    format!(
                        "{} {said}: a stolen or guessed password is enough to sign in",
                        label(inst)
                    ),
                );
            }
            Some(_) => {
                let sms = node.has_child("sms_configuration");
                let token = node
                    .children("software_token_mfa_configuration")
                    .iter()
                    .any(|c| !matches!(c.get("enabled"), Some(Value::Bool(false))));
                let email = node.has_child("email_mfa_configuration");
                if sms || token || email {
                    cx.pass(i);
                } else {
                    cx.report(
                        i,
                        "mfa_configuration",
                        format!(
                            "{} turns MFA on but configures no factor (`software_token_mfa_configuration`, `sms_configuration`, `email_mfa_configuration`): users cannot enrol one",
                            label(inst)
                        ),
                    );
                }
            }
        }
    }
}
