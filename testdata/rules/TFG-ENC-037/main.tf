# Cases of the rule: node-to-node encryption off on domains of several nodes (data nodes,
# dedicated masters, count), off on a lone node (no traffic between nodes), on, unknown.

variable "unknown_input" {}

resource "aws_elasticsearch_domain" "legacy" {
  count       = 2
  domain_name = "legacy-${count.index}"
  cluster_config {
    instance_count = 3
  }
  node_to_node_encryption {
    enabled = false # expect: TFG-ENC-037
  }
}

# No block on three data nodes: not encrypted.
resource "aws_opensearch_domain" "three_nodes" { # expect: TFG-ENC-037
  domain_name = "three-nodes"
  cluster_config {
    instance_count = 3
  }
  encrypt_at_rest {
    enabled = true
  }
}

# Dedicated masters make a one-data-node domain a cluster.
resource "aws_opensearch_domain" "with_masters" {
  domain_name = "with-masters"
  cluster_config {
    instance_count           = 1
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
  node_to_node_encryption {
    enabled = false # expect: TFG-ENC-037
  }
}

# One node (the default instance_count), other settings off: not this rule's concern.
resource "aws_opensearch_domain" "bare" {
  domain_name = "bare"
}

resource "aws_opensearch_domain" "single_node" {
  domain_name = "single-node"
  cluster_config {
    instance_count = 1
    instance_type  = "t3.small.search"
  }
  node_to_node_encryption {
    enabled = false
  }
}

resource "aws_opensearch_domain" "encrypted" {
  domain_name = "encrypted"
  cluster_config {
    instance_count = 4
  }
  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_opensearch_domain" "count_unknown" {
  domain_name = "count-unknown"
  cluster_config {
    instance_count = var.unknown_input
  }
  node_to_node_encryption {
    enabled = false
  }
}
