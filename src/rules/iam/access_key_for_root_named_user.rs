//! TFG-IAM-018: an active access key for an IAM user named `root`.

use super::helpers::members::may_be_named_root;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-018",
    name: "access-key-for-root-named-user",
    title: "Active access key for a user named root",
    severity: Severity::Medium,
    area: Area::Iam,
    aliases: &[
        "AWS-0141",
        "AVD-AWS-0141",
        "aws-iam-no-root-access-keys",
        "CKV_AWS_348",
        "970d224d-b42a-416b-81f9-8f4dfe70c4bc",
        "7081f85c-b94d-40fd-8b45-a4f1cac75e46",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.2",
        "NIST:AC-6(9)",
        "NIST:IA-2",
        "CIS-AWS:1.4",
        "ISO27001:A.8.2",
    ],
    controls: &["Root user has (active) access keys"],
    resources: &["aws_iam_access_key"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_iam_access_key") {
        let node = inst.node();
        let inactive = match node.set("status") {
            Some(Value::Unknown(_)) => None,
            Some(v) => Some(
                v.as_str()
                    .is_some_and(|s| s.eq_ignore_ascii_case("Inactive")),
            ),
            None => Some(false),
        };
        let user = match node.set("user") {
            Some(v) => may_be_named_root(cx.links, inst, v),
            None => Some(false),
        };
        match (user, inactive) {
            (Some(false), _) | (_, Some(true)) => cx.pass(i),
            (Some(true), Some(false)) => cx.report(
                i,
                "user",
                format!(
                    "`{}` is an active access key for the IAM user named `root`: the account's root user cannot have its keys managed by Terraform, so this is an ordinary user whose name makes reviews and alerts about root activity misleading; if root keys are meant, delete them in the console",
                    inst.address
                ),
            ),
            _ => cx.undecided(i),
        }
    }
}
