variable "upgrade" {
  type = bool
}

resource "aws_elasticache_cluster" "off" {
  cluster_id                 = "off"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = false # expect: TFG-DB-060
}

resource "aws_elasticache_cluster" "unset" {
  cluster_id      = "unset"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id                 = "memcached"
  engine                     = "memcached"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = false
}

resource "aws_elasticache_replication_group" "off" {
  replication_group_id       = "off"
  description                = "off"
  node_type                  = "cache.t4g.small"
  auto_minor_version_upgrade = "false" # expect: TFG-DB-060
}

resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "unknown"
  description                = "unknown"
  node_type                  = "cache.t4g.small"
  auto_minor_version_upgrade = var.upgrade
}
