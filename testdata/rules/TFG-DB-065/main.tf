variable "engine" {
  type = string
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached" # expect: TFG-DB-065
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "redis" {
  cluster_id      = "redis"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "valkey" {
  cluster_id      = "valkey"
  engine          = "valkey"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "unknown" {
  cluster_id      = "unknown"
  engine          = var.engine
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = "sessions"
}
