//! TFG-IAM-045: an IAM user that belongs to no group.

use super::helpers::members::user_in_group;
use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-045",
    name: "user-not-in-group",
    title: "IAM user belongs to no group",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[],
    compliance: &[
        "SOC2:CC6.2",
        "SOC2:CC6.3",
        "NIST:AC-2",
        "CIS-AWS:1.15",
        "ISO27001:A.5.18",
    ],
    controls: &["IAM users are members of at least one group"],
    resources: &["aws_iam_user"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-045.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (i, user) in cx.resources("aws_iam_user") {
        match user_in_group(links, user) {
            Some(true) => cx.pass(i),
            None => cx.undecided(i),
            Some(false) => cx.report(
                i,
                "",
                format!(
                    "{} belongs to no group in this configuration: permissions given per user are reviewed and revoked one user at a time",
                    label(user)
                ),
            ),
        }
    }
}
