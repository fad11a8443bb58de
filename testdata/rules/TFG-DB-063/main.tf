variable "failover" {
  type = bool
}

resource "aws_elasticache_replication_group" "unset" { # expect: TFG-DB-063
  replication_group_id = "unset"
  description          = "unset"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "off" {
  replication_group_id       = "off"
  description                = "off"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = false # expect: TFG-DB-063
}

resource "aws_elasticache_replication_group" "on" {
  replication_group_id       = "on"
  description                = "on"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "unknown"
  description                = "unknown"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = var.failover
}
