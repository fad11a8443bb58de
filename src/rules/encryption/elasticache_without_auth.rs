//! TFG-ENC-046: ElastiCache replication group does not require clients to authenticate.

use super::helpers::elasticache::{group_label, in_global_datastore};
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::{Unknown, Value};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-046",
    name: "elasticache-without-auth",
    title: "ElastiCache replication group does not require clients to authenticate",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &["CKV_AWS_31"],
    compliance: &["SOC2:CC6.1", "NIST:IA-3", "NIST:AC-3", "ISO27001:A.8.5"],
    controls: &["ElastiCache replication group requires authentication (AUTH token or RBAC)"],
    resources: &["aws_elasticache_replication_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-046.md"),
    check,
};

/// What an argument says about a credential being configured.
enum Has {
    Yes,
    No,
    Unknown,
}

fn has(v: Option<&Value>) -> Has {
    match v {
        None | Some(Value::Null) => Has::No,
        // A template, or an attribute a resource computes (a generated password, a user
        // group's id), is never null: a credential is configured, whatever its value.
        Some(Value::Unknown(
            Unknown::Attribute { .. }
            | Unknown::Text
            | Unknown::Template { .. }
            | Unknown::Encoded { .. },
        )) => Has::Yes,
        Some(Value::Unknown(_)) => Has::Unknown,
        Some(Value::String(s)) if s.is_empty() => Has::No,
        Some(Value::List(items) | Value::Set(items)) if items.is_empty() => Has::No,
        Some(_) => Has::Yes,
    }
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elasticache_replication_group") {
        let node = inst.node();
        let what = group_label(inst);
        match flag(node.get("transit_encryption_enabled")) {
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            // A member of a global datastore takes the datastore's setting.
            Flag::Unset if in_global_datastore(inst) => {
                cx.undecided(i);
                continue;
            }
            Flag::False => {
                cx.report(
                    i,
                    "transit_encryption_enabled",
                    format!(
                        "{what} sets `transit_encryption_enabled = false`: ElastiCache accepts \
                         an AUTH token or RBAC user groups only with TLS, so any client that \
                         reaches the port can read and write the cache"
                    ),
                );
                continue;
            }
            Flag::Unset => {
                cx.report(
                    i,
                    "",
                    format!(
                        "{what} does not set `transit_encryption_enabled` (default false): \
                         ElastiCache accepts an AUTH token or RBAC user groups only with TLS, \
                         so any client that reaches the port can read and write the cache"
                    ),
                );
                continue;
            }
            Flag::True => {}
        }
        match (has(node.get("auth_token")), has(node.get("user_group_ids"))) {
            (Has::Yes, _) | (_, Has::Yes) => cx.pass(i),
            (Has::Unknown, _) | (_, Has::Unknown) => cx.undecided(i),
            (Has::No, Has::No) => cx.report(
                i,
                "",
                format!(
                    "{what} does not set `auth_token` or `user_group_ids`: any client that \
                     reaches the port can read and write the cache"
                ),
            ),
        }
    }
}
