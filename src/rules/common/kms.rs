//! The KMS key classifier: tells a customer managed key from an AWS managed one
//! (`alias/aws/<service>`) in a key argument, following references to keys, aliases and
//! their data sources in the same root. Every rule that judges which key encrypts something
//! asks [`key`], so they agree on every spelling of a key.
//!
//! The verdicts follow KMS: the `alias/aws/` prefix is reserved for AWS managed keys (an
//! account cannot create such an alias), so a literal `alias/aws/...` and a lookup
//! (`data "aws_kms_alias"`, `data "aws_kms_key"`) of one are the AWS managed key, whichever
//! attribute of the lookup is used; a key, alias or replica the configuration manages, and a
//! lookup of any other alias, are customer managed; a lookup by key id or ARN could name any
//! key, and is unknown.

use crate::model::Instance;
use crate::model::Mode;
use crate::model::value::{Unknown, Value};
use crate::rules::Checker;

/// What a KMS key argument (`kms_key_id`, `kms_master_key_id`, `kms_key_arn`) names.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    /// Null, absent or empty: the service's default (an AWS owned or AWS managed key).
    Unset,
    /// A key the account manages: a literal id, ARN or alias outside `alias/aws/`, or a
    /// reference to an `aws_kms_key`, `aws_kms_alias` or a lookup of such a key.
    Customer,
    /// An AWS managed key (`alias/aws/sns`, `arn:aws:kms:...:alias/aws/sqs`), spelled as
    /// written or as looked up.
    AwsManaged(String),
    /// Not known before apply, and not traceable to a key of the configuration.
    Unknown,
}

/// The words for a key argument that names no key ([`Key::Unset`]): "does not set `arg`"
/// when the configuration does not write it (or writes null), "sets `arg` to an empty
/// string" when it writes one, which the provider reads as no key: the message says what
/// is written.
pub fn no_key(v: Option<&Value>, arg: &str) -> String {
    match v {
        Some(Value::String(s)) => format!("sets `{arg}` to {}", blank(s)),
        _ => format!("does not set `{arg}`"),
    }
}

/// An empty or blank string, as a message names it.
fn blank(s: &str) -> String {
    if s.is_empty() {
        "an empty string".to_string()
    } else {
        format!("a blank string ({s:?})")
    }
}

/// [`no_key`] after a noun: "without `arg`", or "with `arg` set to an empty string".
pub fn without_key(v: Option<&Value>, arg: &str) -> String {
    match v {
        Some(Value::String(s)) => format!("with `{arg}` set to {}", blank(s)),
        _ => format!("without `{arg}`"),
    }
}

/// Where a finding about a key argument that names no key points: the argument when it is
/// written (an empty string), else `absent` (the block or resource).
pub fn no_key_at<'a>(v: Option<&Value>, written: &'a str, absent: &'a str) -> &'a str {
    match v {
        Some(Value::String(_)) => written,
        _ => absent,
    }
}

/// True for the aliases of AWS managed keys: `alias/aws/<service>`, bare or in an ARN.
pub fn is_aws_managed_alias(s: &str) -> bool {
    s.starts_with("alias/aws/") || s.contains(":alias/aws/")
}

/// Classifies a KMS key argument of `from`, following references to keys, aliases and their
/// data sources in the same root.
pub fn key(cx: &Checker, from: &Instance, v: Option<&Value>) -> Key {
    match v {
        None | Some(Value::Null) => Key::Unset,
        Some(Value::String(s)) if s.trim().is_empty() => Key::Unset,
        Some(Value::String(s)) if is_aws_managed_alias(s) => Key::AwsManaged(s.to_string()),
        Some(Value::String(_)) => Key::Customer,
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            let Some(k) = cx.links.by_address(from, resource) else {
                return Key::Unknown;
            };
            let target = cx.links.instance(k);
            let named = |arg: &str| target.node().get(arg).and_then(Value::as_str);
            match (target.mode, target.rtype.as_str()) {
                (
                    Mode::Managed,
                    "aws_kms_key"
                    | "aws_kms_alias"
                    | "aws_kms_replica_key"
                    | "aws_kms_external_key"
                    | "aws_kms_replica_external_key",
                ) => Key::Customer,
                (Mode::Data, "aws_kms_alias") => match named("name") {
                    Some(n) if is_aws_managed_alias(n) => Key::AwsManaged(n.to_string()),
                    Some(_) => Key::Customer,
                    None => Key::Unknown,
                },
                (Mode::Data, "aws_kms_key") => match named("key_id") {
                    Some(n) if is_aws_managed_alias(n) => Key::AwsManaged(n.to_string()),
                    Some(n) if n.starts_with("alias/") || n.contains(":alias/") => Key::Customer,
                    // A key id or ARN could name any key.
                    _ => Key::Unknown,
                },
                _ => Key::Unknown,
            }
        }
        Some(_) => Key::Unknown,
    }
}
