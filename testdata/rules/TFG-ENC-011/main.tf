# TFG-ENC-011: DAX clusters not encrypted at rest. No `server_side_encryption` (off by
# default, with count), a literal false, false through a variable, the block without
# `enabled`, and an unknown value (undecided).

variable "sse_enabled" {
  default = false
}

variable "unknown_input" {}

resource "aws_dax_cluster" "no_block" { # expect: TFG-ENC-011
  count              = 2
  cluster_name       = "no-block-${count.index}"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
}

resource "aws_dax_cluster" "literal" {
  cluster_name       = "literal"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
  server_side_encryption {
    enabled = false # expect: TFG-ENC-011
  }
}

resource "aws_dax_cluster" "from_variable" {
  cluster_name       = "from-variable"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
  server_side_encryption {
    enabled = var.sse_enabled # expect: TFG-ENC-011
  }
}

resource "aws_dax_cluster" "block_without_enabled" {
  cluster_name       = "block-without-enabled"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
  server_side_encryption {} # expect: TFG-ENC-011
}

resource "aws_dax_cluster" "good" {
  cluster_name       = "good"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "unknown" {
  cluster_name       = "unknown"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
  server_side_encryption {
    enabled = var.unknown_input
  }
}
