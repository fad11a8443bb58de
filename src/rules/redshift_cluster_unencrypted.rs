//! TFG-ENC-033: redshift cluster is not encrypted (with a customer managed key).

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-033",
    name: "redshift-cluster-unencrypted",
    title: "Redshift cluster is not encrypted (with a customer managed key)",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0084",
        "AVD-AWS-0084",
        "aws-redshift-encryption-customer-key",
        "CKV_AWS_64",
        "CKV_AWS_142",
        "cfdcabb0-fc06-427c-865b-c59f13e898ce",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["Redshift cluster encrypted"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-033.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        let node = inst.node();
        match flag(node.get("encrypted")) {
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "encrypted",
                format!("{} sets `encrypted = false`", label(inst)),
            ),
            Flag::Unset => cx.report(
                i,
                "",
                format!("{} does not set `encrypted` (default false)", label(inst)),
            ),
            Flag::True => match node.get("kms_key_id") {
                Some(Value::Unknown(_)) => cx.undecided(i),
                Some(Value::String(k)) if !k.is_empty() => cx.pass(i),
                _ => cx.report(
                    i,
                    "encrypted",
                    format!(
                        "{} is encrypted with the AWS managed key (no `kms_key_id`)",
                        label(inst)
                    ),
                ),
            },
        }
    }
}
