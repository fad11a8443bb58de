variable "nodes" {
  type = number
}

resource "aws_elasticache_cluster" "unset" { # expect: TFG-DB-064
  cluster_id      = "unset"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 3
}

resource "aws_elasticache_cluster" "single" {
  cluster_id      = "single"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
  az_mode         = "single-az" # expect: TFG-DB-064
}

resource "aws_elasticache_cluster" "cross" {
  cluster_id      = "cross"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
  az_mode         = "cross-az"
}

resource "aws_elasticache_cluster" "one_node" {
  cluster_id      = "one-node"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "redis" {
  cluster_id      = "redis"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "unknown" {
  cluster_id      = "unknown"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = var.nodes
}
