# TFG-ENC-021: ElastiCache replication groups encrypted at rest without a customer managed
# key. No key (literally, through a variable defaulting to null as modules do, with count),
# Valkey (encrypted by default), keys of the configuration, groups not encrypted at rest
# (TFG-ENC-019's, not examined here) and unknown keys (undecided).

variable "kms_key_id" {
  type    = string
  default = null
}

variable "unknown_input" {}

resource "aws_kms_key" "cache" {
  description         = "cache"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "no_key" { # expect: TFG-ENC-021
  count                      = 2
  replication_group_id       = "no-key-${count.index}"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "from_variable" { # expect: TFG-ENC-021
  replication_group_id       = "from-variable"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_id
}

resource "aws_elasticache_replication_group" "valkey" { # expect: TFG-ENC-021
  replication_group_id = "valkey"
  description          = "cache"
  engine               = "valkey"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

# Not encrypted at rest: TFG-ENC-019 reports it, and it has no customer managed key either.
resource "aws_elasticache_replication_group" "unencrypted" { # expect: TFG-ENC-021
  replication_group_id = "unencrypted"
  description          = "cache"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "key_unknown" {
  replication_group_id       = "key-unknown"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  kms_key_id                 = var.unknown_input
}
