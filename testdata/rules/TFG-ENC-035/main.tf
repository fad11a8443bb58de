# Cases of the rule: encryption at rest off (literal, through a variable, count, no block),
# on, and unknown. The other settings of a domain are other rules' concern: a domain that
# only misses them is not a finding here.

variable "at_rest" {
  default = false
}

variable "unknown_input" {}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = false # expect: TFG-ENC-035
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  count       = 2
  domain_name = "legacy-${count.index}"
  encrypt_at_rest {
    enabled = var.at_rest # expect: TFG-ENC-035
  }
}

# No block: not encrypted.
resource "aws_opensearch_domain" "bare" { # expect: TFG-ENC-035
  domain_name = "bare"
}

# Encrypted at rest; plain HTTP, TLS 1.0 and unencrypted node traffic are other rules.
resource "aws_elasticsearch_domain" "at_rest_only" {
  domain_name = "at-rest-only"
  cluster_config {
    instance_count = 3
  }
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = false
  }
  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

resource "aws_opensearch_domain" "search_unknown" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = var.unknown_input
  }
}
