# TFG-ENC-019: ElastiCache replication groups not encrypted at rest. Unset on the default
# engine (Redis OSS: off, with count), a literal false and false through a variable, Valkey
# (on by default), members of a global datastore (it decides) and unknown values (undecided).

variable "at_rest" {
  default = false
}

variable "unknown_input" {}

resource "aws_elasticache_replication_group" "unset" { # expect: TFG-ENC-019
  count                = 2
  replication_group_id = "unset-${count.index}"
  description          = "cache"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "literal" {
  replication_group_id       = "literal"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = false # expect: TFG-ENC-019
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "from-variable"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = var.at_rest # expect: TFG-ENC-019
}

resource "aws_elasticache_replication_group" "valkey_explicit_off" {
  replication_group_id       = "valkey-off"
  description                = "cache"
  engine                     = "valkey"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = false # expect: TFG-ENC-019
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "valkey_default" {
  replication_group_id = "valkey-default"
  description          = "cache"
  engine               = "valkey"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "secondary"
  description                 = "cache"
  global_replication_group_id = "ldgnf-sessions"
}

resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "unknown"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = var.unknown_input
}

resource "aws_elasticache_replication_group" "engine_unknown" {
  replication_group_id = "engine-unknown"
  description          = "cache"
  engine               = var.unknown_input
  node_type            = "cache.t3.micro"
}
