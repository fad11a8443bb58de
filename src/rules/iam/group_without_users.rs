//! TFG-IAM-044: an IAM group with no members.

use super::helpers::members::{empty_membership_of, group_has_members};
use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-044",
    name: "group-without-users",
    title: "IAM group has no members",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["fc101ca7-c9dd-4198-a1eb-0fbe92e80044", "CKV2_AWS_14"],
    compliance: &["SOC2:CC6.2", "NIST:AC-2", "ISO27001:A.5.18"],
    controls: &["IAM group has at least one user"],
    resources: &["aws_iam_group", "aws_iam_group_membership"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-044.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for (i, group) in cx.resources("aws_iam_group") {
        match group_has_members(links, group) {
            Some(true) => cx.pass(i),
            None => cx.undecided(i),
            // A membership that names the group but no user is where the users go.
            Some(false) => match empty_membership_of(links, group) {
                Some(m) => {
                    let membership = links.instance(m).address.clone();
                    cx.report(
                        m,
                        "users",
                        format!(
                            "`{membership}` lists no user for {}, and no other membership adds one: an unused group keeps permissions around for whoever is added later, outside review",
                            label(group)
                        ),
                    )
                }
                None => cx.report(
                    i,
                    "",
                    format!(
                        "{} has no members in this configuration (no `aws_iam_group_membership` or `aws_iam_user_group_membership`): an unused group keeps permissions around for whoever is added later, outside review",
                        label(group)
                    ),
                ),
            },
        }
    }
}
