variable "engine_version" {
  type = string
}

resource "aws_elasticache_cluster" "old" {
  cluster_id      = "old"
  engine          = "redis"
  engine_version  = "3.2.10" # expect: TFG-DB-066
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "just_below" {
  cluster_id      = "just-below"
  engine          = "redis"
  engine_version  = "4.0.9" # expect: TFG-DB-066
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "floor" {
  cluster_id      = "floor"
  engine          = "redis"
  engine_version  = "4.0.10"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "six" {
  cluster_id      = "six"
  engine          = "redis"
  engine_version  = "6.x"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  engine_version  = "1.6.17"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "unknown" {
  cluster_id      = "unknown"
  engine          = "redis"
  engine_version  = var.engine_version
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_replication_group" "old" {
  replication_group_id = "old"
  description          = "old"
  node_type            = "cache.t4g.small"
  engine_version       = "2.8.24" # expect: TFG-DB-066
}

resource "aws_elasticache_replication_group" "latest" {
  replication_group_id = "latest"
  description          = "latest"
  node_type            = "cache.t4g.small"
}
