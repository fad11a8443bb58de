//! TFG-ENC-011: DAX cluster is not encrypted at rest.

use crate::finding::Severity;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-011",
    name: "dax-cluster-unencrypted",
    title: "DAX cluster is not encrypted at rest",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0023",
        "AVD-AWS-0023",
        "aws-dynamodb-enable-at-rest-encryption",
        "CKV_AWS_47",
        "f11aec39-858f-4b6f-b946-0a1bf46c0c87",
        "AC_AWS_0375",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)"],
    controls: &["DAX cluster encrypted at rest"],
    resources: &["aws_dax_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_dax_cluster") {
        let node = inst.node();
        let what = match node.get("cluster_name").and_then(Value::as_str) {
            Some(n) => format!("{} `{n}`", inst.rtype),
            None => label(inst),
        };
        let Some(sse) = node.child("server_side_encryption") else {
            cx.report(
                i,
                "",
                format!(
                    "{what} has no `server_side_encryption` block (encryption at rest is off by \
                     default): cached items are stored unencrypted"
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
                "server_side_encryption[0].enabled",
                format!(
                    "{what} sets `server_side_encryption.enabled = false`: cached items are \
                     stored unencrypted"
                ),
            ),
            Flag::Unset => cx.report(
                i,
                "server_side_encryption[0]",
                format!(
                    "{what} does not set `server_side_encryption.enabled` (default false): cached \
                     items are stored unencrypted"
                ),
            ),
        }
    }
}
