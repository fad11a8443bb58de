//! OpenSearch Service domains: `aws_opensearch_domain` and the older
//! `aws_elasticsearch_domain` have the same blocks for what these rules read.

/// The two resource types of a search domain.
pub const DOMAINS: &[&str] = &["aws_opensearch_domain", "aws_elasticsearch_domain"];
