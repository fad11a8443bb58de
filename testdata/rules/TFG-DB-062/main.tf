variable "port" {
  type = number
}

resource "aws_elasticache_cluster" "unset" { # expect: TFG-DB-062
  cluster_id      = "unset"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "memcached_default" {
  cluster_id      = "memcached-default"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
  port            = 11211 # expect: TFG-DB-062
}

resource "aws_elasticache_cluster" "redis_on_memcached_port" {
  cluster_id      = "redis-on-memcached-port"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
  port            = 11211
}

resource "aws_elasticache_cluster" "unknown" {
  cluster_id      = "unknown"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
  port            = var.port
}

resource "aws_elasticache_replication_group" "default" {
  replication_group_id = "default"
  description          = "default"
  node_type            = "cache.t4g.small"
  port                 = 6379 # expect: TFG-DB-062
}

resource "aws_elasticache_replication_group" "other" {
  replication_group_id = "other"
  description          = "other"
  node_type            = "cache.t4g.small"
  port                 = 6380
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = aws_elasticache_replication_group.other.id
}
