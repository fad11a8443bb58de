# TFG-ENC-020: ElastiCache replication groups without in-transit encryption. Unset (default
# false, with for_each), a literal false and false through a variable, the `preferred` mode
# (plaintext still accepted), members of a global datastore and unknown values (undecided).

variable "transit" {
  default = false
}

variable "unknown_input" {}

resource "aws_elasticache_replication_group" "unset" { # expect: TFG-ENC-020
  for_each             = toset(["sessions", "queue"])
  replication_group_id = each.key
  description          = "cache"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "literal" {
  replication_group_id       = "literal"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = false # expect: TFG-ENC-020
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "from-variable"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = var.transit # expect: TFG-ENC-020
}

resource "aws_elasticache_replication_group" "preferred" {
  replication_group_id       = "preferred"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # expect: TFG-ENC-020
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
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
  transit_encryption_enabled = var.unknown_input
}
