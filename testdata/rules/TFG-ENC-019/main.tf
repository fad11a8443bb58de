# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_elasticache_replication_group" "cache" { # expect: TFG-ENC-019
  replication_group_id = "cache"
  description          = "cache"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "cache_good" {
  replication_group_id       = "cache"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "cache_unknown" {
  replication_group_id       = "cache"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = var.unknown_input
}
