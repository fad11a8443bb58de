# Cases of the rule: each of the four settings off (literal, through a variable, a local,
# count, missing blocks), a block that relies on the provider default enforce_https = true,
# good domains, and unknown values.

variable "at_rest" {
  default = false
}

variable "unknown_input" {}

locals {
  old_tls = "Policy-Min-TLS-1-0-2019-07"
}

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
  cluster_config {
    instance_count = 3
  }
  encrypt_at_rest {
    enabled = var.at_rest # expect: TFG-ENC-035
  }
  node_to_node_encryption {
    enabled = false # expect: TFG-ENC-035
  }
  domain_endpoint_options {
    enforce_https       = false # expect: TFG-ENC-035
    tls_security_policy = local.old_tls # expect: TFG-ENC-035
  }
}

# No blocks: no encryption at rest, no HTTPS, the TLS 1.0 policy; one node (the default
# instance_count), so no traffic between nodes.
resource "aws_opensearch_domain" "bare" { # expect: TFG-ENC-035
  domain_name = "bare"
}

resource "aws_opensearch_domain" "search_good" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

# enforce_https defaults to true inside the block.
resource "aws_opensearch_domain" "https_by_default" {
  domain_name = "https-by-default"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "search_unknown" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = var.unknown_input
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = var.unknown_input
    tls_security_policy = var.unknown_input
  }
}

resource "aws_opensearch_domain" "options_unknown" {
  domain_name = "options-unknown"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  dynamic "domain_endpoint_options" {
    for_each = var.unknown_input
    content {
      enforce_https       = domain_endpoint_options.value.https
      tls_security_policy = domain_endpoint_options.value.policy
    }
  }
}

# Node-to-node encryption matters only where there are several nodes: dedicated masters make a
# one-data-node domain a cluster; a lone node has no traffic between nodes.
resource "aws_opensearch_domain" "with_masters" {
  domain_name = "with-masters"
  cluster_config {
    instance_count           = 1
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = false # expect: TFG-ENC-035
  }
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "single_node" {
  domain_name = "single-node"
  cluster_config {
    instance_count = 1
    instance_type  = "t3.small.search"
  }
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = false
  }
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
