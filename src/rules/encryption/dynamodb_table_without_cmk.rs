//! TFG-ENC-010: DynamoDB table is not encrypted with a customer managed KMS key.

use crate::finding::Severity;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key, no_key_at, without_key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-010",
    name: "dynamodb-table-without-cmk",
    title: "DynamoDB table is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0025",
        "AVD-AWS-0025",
        "aws-dynamodb-table-customer-key",
        "CKV_AWS_119",
        "AC_AWS_0457",
        "FG_R00069",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["DynamoDB table SSE with KMS/CMK"],
    resources: &["aws_dynamodb_table"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-010.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_dynamodb_table") {
        let node = inst.node();
        let what = label(inst);
        let Some(sse) = node.child("server_side_encryption") else {
            cx.report(
                i,
                "",
                format!(
                    "{what} has no `server_side_encryption` block: it is encrypted with an AWS \
                     owned key, which the account cannot see, restrict or audit"
                ),
            );
            continue;
        };
        if let Node::Value(Value::Unknown(_)) = sse {
            cx.undecided(i);
            continue;
        }
        match flag(sse.get("enabled")) {
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::False => {
                cx.report(
                    i,
                    "server_side_encryption[0].enabled",
                    format!(
                        "{what} sets `server_side_encryption.enabled = false`: it is encrypted \
                         with an AWS owned key"
                    ),
                );
                continue;
            }
            Flag::Unset => {
                cx.report(
                    i,
                    "server_side_encryption[0]",
                    format!(
                        "{what} does not set `server_side_encryption.enabled` (default false): it \
                         is encrypted with an AWS owned key"
                    ),
                );
                continue;
            }
            Flag::True => {}
        }
        let kms = sse.get("kms_key_arn");
        match key(cx, inst, kms) {
            Key::Unknown => cx.undecided(i),
            Key::Unset => cx.report(
                i,
                no_key_at(
                    kms,
                    "server_side_encryption[0].kms_key_arn",
                    "server_side_encryption[0]",
                ),
                format!(
                    "{what} enables KMS encryption {}: it uses the AWS managed key aws/dynamodb",
                    without_key(kms, "kms_key_arn")
                ),
            ),
            Key::AwsManaged(k) => cx.report(
                i,
                "server_side_encryption[0].kms_key_arn",
                format!("{what} sets `kms_key_arn` to the AWS managed key \"{k}\""),
            ),
            Key::Customer => {
                // Each replica names its own region's key, else uses aws/dynamodb there.
                let mut unknown = false;
                let mut bad = Vec::new();
                for (r, replica) in node.children("replica").into_iter().enumerate() {
                    if let Node::Value(Value::Unknown(_)) = replica {
                        unknown = true;
                        continue;
                    }
                    let region = replica
                        .get("region_name")
                        .and_then(Value::as_str)
                        .map_or(String::new(), |r| format!(" in {r}"));
                    let replica_kms = replica.get("kms_key_arn");
                    match key(cx, inst, replica_kms) {
                        Key::Customer => {}
                        Key::Unknown => unknown = true,
                        Key::Unset => bad.push((
                            i,
                            format!("replica[{r}]{}", no_key_at(replica_kms, ".kms_key_arn", "")),
                            format!(
                                "{what} has a replica{region} {}: the replica uses the AWS \
                                 managed key aws/dynamodb",
                                without_key(replica_kms, "kms_key_arn")
                            ),
                        )),
                        Key::AwsManaged(k) => bad.push((
                            i,
                            format!("replica[{r}].kms_key_arn"),
                            format!(
                                "{what} has a replica{region} with the AWS managed key \"{k}\""
                            ),
                        )),
                    }
                }
                cx.settle(i, unknown, bad);
            }
        }
    }
}
