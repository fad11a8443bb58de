//! An OpenSearch or Elasticsearch domain's `log_publishing_options` blocks (`enabled`
//! defaults to true).

use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;

/// The domain types.
pub const DOMAINS: &[&str] = &["aws_elasticsearch_domain", "aws_opensearch_domain"];

/// What the domain publishes: per block, its log type (`None` when unknown) and whether it
/// is on (`None` when unknown).
pub fn publishing(domain: &Instance) -> Vec<(Option<String>, Option<bool>)> {
    domain
        .node()
        .children("log_publishing_options")
        .into_iter()
        .map(|b| {
            let log_type = b
                .get("log_type")
                .and_then(Value::as_str)
                .map(str::to_string);
            let on = match flag(b.get("enabled")) {
                Flag::True | Flag::Unset => match b.get("cloudwatch_log_group_arn") {
                    Some(Value::String(s)) if s.is_empty() => Some(false),
                    Some(Value::Null) | None => Some(false),
                    Some(_) => Some(true),
                },
                Flag::False => Some(false),
                Flag::Unknown => None,
            };
            (log_type, on)
        })
        .collect()
}
