//! TFG-SEC-008: a `SecureString` SSM parameter is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-008",
    name: "ssm-parameter-without-cmk",
    title: "SecureString SSM parameter is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Secrets,
    aliases: &["CKV_AWS_337"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["SSM SecureString parameter uses a CMK"],
    resources: &["aws_ssm_parameter"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-008.md"),
    check,
};

/// The AWS managed key SSM uses when no key is given.
const AWS_KEY: &str = "alias/aws/ssm";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ssm_parameter") {
        match inst.node().get("type").and_then(Value::as_str) {
            Some("SecureString") => {}
            Some(_) => {
                cx.pass(i);
                continue;
            }
            None => {
                cx.undecided(i);
                continue;
            }
        }
        let v = inst.node().get("key_id");
        match key(cx, inst, v) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::Unset => cx.report(
                i,
                no_key_at(v, "key_id", ""),
                format!(
                    "{} {}: the AWS managed key \"{AWS_KEY}\" encrypts it",
                    label(inst),
                    no_key(v, "key_id")
                ),
            ),
            Key::AwsManaged(k) => cx.report(
                i,
                "key_id",
                format!(
                    "{} sets `key_id` to the AWS managed key \"{k}\"",
                    label(inst)
                ),
            ),
        }
    }
}
