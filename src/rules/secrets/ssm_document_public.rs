//! TFG-SEC-009: an SSM document is shared with every AWS account.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-009",
    name: "ssm-document-public",
    title: "SSM document is shared with every AWS account",
    severity: Severity::High,
    area: Area::Secrets,
    aliases: &["CKV_AWS_303"],
    compliance: &["SOC2:CC6.1", "NIST:AC-3", "NIST:AC-21", "ISO27001:A.5.15"],
    controls: &["SSM document shared publicly"],
    resources: &["aws_ssm_document"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ssm_document") {
        // `permissions` is a map argument; a block in older configurations reads the same.
        let Some(perms) = inst.node().child("permissions") else {
            match inst.node().get("permissions") {
                None | Some(Value::Null) => cx.pass(i),
                Some(_) => cx.undecided(i),
            }
            continue;
        };
        match perms.get("account_ids") {
            None | Some(Value::Null) => cx.pass(i),
            Some(Value::String(ids)) => {
                if ids
                    .split(',')
                    .any(|id| id.trim().eq_ignore_ascii_case("all"))
                {
                    cx.report(
                        i,
                        "permissions",
                        format!(
                            "{} shares the document with `account_ids = \"All\"`: every AWS account can read and run it",
                            label(inst)
                        ),
                    );
                } else {
                    cx.pass(i);
                }
            }
            Some(_) => cx.undecided(i),
        }
    }
}
