//! TFG-ENC-047: Firehose delivery stream does not encrypt buffered records at rest.

use crate::finding::Severity;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-047",
    name: "firehose-stream-unencrypted",
    title: "Firehose delivery stream does not encrypt records at rest",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &["5c6dd5e7-1fe0-4cae-8f81-4c122717cef3", "CKV_AWS_240"],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "ISO27001:A.8.24"],
    controls: &["Firehose delivery stream encrypted at rest"],
    resources: &["aws_kinesis_firehose_delivery_stream"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-047.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_kinesis_firehose_delivery_stream") {
        let node = inst.node();
        // Records read from a Kinesis stream or an MSK cluster rest encrypted (or not) in
        // their source; Firehose's own server-side encryption applies to Direct PUT only.
        if node.has_child("kinesis_source_configuration")
            || node.has_child("msk_source_configuration")
        {
            cx.pass(i);
            continue;
        }
        if inst
            .body
            .blocks_of_static("server_side_encryption")
            .any(|b| b.keys_unknown)
        {
            cx.undecided(i);
            continue;
        }
        let what = label(inst);
        let Some(sse) = node.child("server_side_encryption") else {
            cx.report(
                i,
                "",
                format!(
                    "{what} does not set `server_side_encryption`: records it buffers are not \
                     encrypted at rest by Firehose"
                ),
            );
            continue;
        };
        if let Node::Value(Value::Unknown(_)) = sse {
            cx.undecided(i);
            continue;
        }
        match flag(sse.get("enabled")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                "server_side_encryption.enabled",
                format!(
                    "{what} sets `server_side_encryption.enabled = false`: records it buffers \
                     are not encrypted at rest by Firehose"
                ),
            ),
            Flag::Unset => cx.report(
                i,
                "server_side_encryption",
                format!(
                    "{what} does not set `server_side_encryption.enabled` (default false): \
                     records it buffers are not encrypted at rest by Firehose"
                ),
            ),
        }
    }
}
