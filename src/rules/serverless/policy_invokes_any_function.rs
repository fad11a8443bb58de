//! TFG-SLS-028: IAM policy lets its holder invoke any Lambda function.

use crate::finding::Severity;
use crate::link::policy::{Effect, Policy, Statement};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-028",
    name: "policy-invokes-any-function",
    title: "IAM policy allows invoking Lambda functions beyond named ones",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["0ca1017d-3b80-423e-bb9c-6cd5898d34bd"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.3", "NIST:AC-6", "ISO27001:A.8.2"],
    controls: &["IAM policy grants lambda:InvokeFunction beyond a specific function ARN"],
    resources: &[
        "aws_iam_policy",
        "aws_iam_role_policy",
        "aws_iam_user_policy",
        "aws_iam_group_policy",
        "aws_iam_role",
        "aws_ssoadmin_permission_set_inline_policy",
        "aws_iam_policy_document",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-028.md"),
    check,
};

/// Whether a resource pattern covers more than one function: `*`, a wildcard service,
/// resource type or account-wide pattern, or a wildcard in the function's name. A wildcard
/// only in the qualifier (`function:orders:*`, its versions and aliases) names one function.
fn covers_many_functions(r: &str) -> bool {
    let r = r.trim();
    if r == "*" {
        return true;
    }
    let wild = |s: &str| s.contains(['*', '?']);
    let parts: Vec<&str> = r.splitn(7, ':').collect();
    if parts.len() < 6 {
        return wild(r) && (parts.len() < 3 || parts[2] == "lambda" || wild(parts[2]));
    }
    if !(parts[2] == "lambda" || wild(parts[2])) {
        return false;
    }
    if wild(parts[5]) {
        return true;
    }
    if parts[5] != "function" {
        return false;
    }
    parts
        .get(6)
        .and_then(|rest| rest.split(':').next())
        .is_some_and(wild)
}

/// The broad resource a statement allows `lambda:InvokeFunction` on; `Err(())` when an
/// unknown may decide it.
fn judge(s: &Statement) -> Result<Option<String>, ()> {
    if s.effect != Effect::Allow {
        return Ok(None);
    }
    if s.actions_unknown && !s.allows_action("lambda:InvokeFunction") {
        return Err(());
    }
    if !s.allows_action("lambda:InvokeFunction") {
        return Ok(None);
    }
    if !s.not_resources.is_empty() {
        return Ok(Some("every resource outside `NotResource`".into()));
    }
    if let Some(r) = s.resources.iter().find(|r| covers_many_functions(r)) {
        return Ok(Some(format!("`{}`", r.trim())));
    }
    if s.resources_unknown {
        Err(())
    } else {
        Ok(None)
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    for at in &links.iam().identity {
        let statements = match &at.policy {
            Policy::Unknown => {
                cx.undecided(at.instance);
                continue;
            }
            Policy::Invalid(_) => {
                cx.pass(at.instance);
                continue;
            }
            Policy::Statements(s) => s,
        };
        let mut unknown = false;
        let mut found = Vec::new();
        for (k, s) in statements.iter().enumerate() {
            match judge(s) {
                Ok(None) => {}
                Err(()) => unknown = true,
                Ok(Some(what)) => {
                    let inst = links.instance(at.instance);
                    let sid = s
                        .sid
                        .as_ref()
                        .filter(|id| !id.is_empty())
                        .map(|id| format!(" (statement \"{id}\")"))
                        .unwrap_or_default();
                    found.push((
                        at.instance,
                        at.statement_path(k),
                        format!(
                            "`{}`{sid} allows `lambda:InvokeFunction` on {what}: its holder can run functions it has no business with, each with that function's role",
                            inst.address
                        ),
                    ));
                }
            }
        }
        cx.settle(at.instance, unknown, found);
    }
}

#[cfg(test)]
mod tests {
    use super::covers_many_functions;

    #[test]
    fn resource_patterns() {
        for (r, many) in [
            ("*", true),
            ("arn:aws:lambda:*:*:function:*", true),
            ("arn:aws:lambda:*:*:function:*:*", true),
            (
                "arn:aws:lambda:eu-west-1:123456789012:function:orders-*",
                true,
            ),
            ("arn:aws:lambda:eu-west-1:123456789012:*", true),
            ("arn:aws:lambda:*", true),
            (
                "arn:aws:lambda:eu-west-1:123456789012:function:orders",
                false,
            ),
            (
                "arn:aws:lambda:eu-west-1:123456789012:function:orders:*",
                false,
            ),
            (
                "arn:aws:lambda:eu-west-1:123456789012:function:orders:live",
                false,
            ),
            ("arn:aws:s3:::bucket/*", false),
            ("arn:aws:lambda:eu-west-1:123456789012:layer:*", false),
        ] {
            assert_eq!(covers_many_functions(r), many, "{r}");
        }
    }
}
