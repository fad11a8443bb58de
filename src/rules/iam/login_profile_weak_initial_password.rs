//! TFG-IAM-040: a console password created short or without a forced reset.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-040",
    name: "login-profile-weak-initial-password",
    title: "Initial console password is short or need not be changed",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["b592ffd4-0577-44b6-bd35-8c5ee81b5918"],
    compliance: &["SOC2:CC6.1", "NIST:IA-5(1)", "ISO27001:A.5.17"],
    controls: &["User login profile: password reset required and generated length >= 14"],
    resources: &["aws_iam_user_login_profile"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-040.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_iam_user_login_profile") {
        let node = inst.node();
        let mut findings = Vec::new();
        let mut unknown = false;
        match node.set("password_reset_required") {
            Some(Value::Bool(false)) => findings.push((
                i,
                "password_reset_required".to_string(),
                format!(
                    "`{}` sets `password_reset_required = false`: the generated password, which someone else has seen, stays the user's password",
                    inst.address
                ),
            )),
            Some(Value::Unknown(_)) => unknown = true,
            _ => {}
        }
        match node.set("password_length") {
            Some(Value::Unknown(_)) => unknown = true,
            Some(v) => {
                if let Some(n) = v.to_number().filter(|n| *n < 14.0) {
                    findings.push((
                        i,
                        "password_length".to_string(),
                        format!(
                            "`{}` sets `password_length = {n}`: the generated password is shorter than 14 characters",
                            inst.address
                        ),
                    ));
                }
            }
            None => {}
        }
        cx.settle(i, unknown, findings);
    }
}
