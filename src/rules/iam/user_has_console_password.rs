//! TFG-IAM-020: an IAM user with a console password (`aws_iam_user_login_profile`).

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-020",
    name: "user-has-console-password",
    title: "IAM user has a console password",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["CKV2_AWS_22", "9ec311bf-dfd9-421f-8498-0b063c8bc552"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.2",
        "NIST:AC-2",
        "NIST:IA-2",
        "CIS-AWS:1.21",
        "ISO27001:A.5.16",
    ],
    controls: &["IAM user has console access (aws_iam_user_login_profile)"],
    resources: &["aws_iam_user_login_profile", "aws_iam_user"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (i, inst) in cx.resources("aws_iam_user_login_profile") {
        // On the user when the configuration declares it (the finding is about the user).
        let user = match inst.node().get("user") {
            Some(Value::String(u)) => links
                .in_root(&inst.root, "aws_iam_user")
                .iter()
                .copied()
                .find(|&k| {
                    links.instance(k).node().get("name").and_then(Value::as_str) == Some(&**u)
                }),
            _ => None,
        };
        if let Some(u) = user {
            cx.pass(i);
            cx.report(
                u,
                "",
                format!(
                    "{} has a console password (`{}`): sign-in through an identity provider (IAM Identity Center) keeps joiners, leavers and MFA in one place",
                    label(links.instance(u)),
                    inst.address
                ),
            );
            continue;
        }
        let user = inst
            .node()
            .get("user")
            .and_then(|u| u.as_str())
            .map(|u| format!("IAM user `{u}`"))
            .unwrap_or_else(|| "an IAM user".to_string());
        cx.report(
            i,
            "",
            format!(
                "`{}` gives {user} a console password: sign-in through an identity provider (IAM Identity Center) keeps joiners, leavers and MFA in one place",
                inst.address
            ),
        );
    }
}
