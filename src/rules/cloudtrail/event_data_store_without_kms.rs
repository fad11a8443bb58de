//! TFG-CT-010: a CloudTrail Lake event data store without a customer managed key.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key, no_key, no_key_at};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-010",
    name: "event-data-store-without-kms",
    title: "CloudTrail event data store is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::CloudTrail,
    aliases: &["CKV_AWS_294"],
    compliance: &["SOC2:CC6.1", "NIST:AU-9", "NIST:SC-28(1)"],
    controls: &["Event data store uses CMK"],
    resources: &["aws_cloudtrail_event_data_store"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_cloudtrail_event_data_store") {
        let name = inst
            .node()
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(&inst.address)
            .to_string();
        let kms = inst.node().get("kms_key_id");
        match key(cx, inst, kms) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                "kms_key_id",
                format!(
                    "event data store `{name}` sets `kms_key_id` to the AWS managed key \"{k}\", not a customer managed key"
                ),
            ),
            Key::Unset => cx.report(
                i,
                no_key_at(kms, "kms_key_id", ""),
                format!(
                    "event data store `{name}` {} (AWS owned key)",
                    no_key(kms, "kms_key_id")
                ),
            ),
        }
    }
}
