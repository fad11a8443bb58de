variable "subnets" {
  type = string
}

resource "aws_elasticache_cluster" "unset" { # expect: TFG-DB-061
  cluster_id      = "unset"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "named_default" {
  cluster_id        = "named-default"
  engine            = "memcached"
  node_type         = "cache.t4g.small"
  num_cache_nodes   = 1
  subnet_group_name = "default" # expect: TFG-DB-061
}

resource "aws_elasticache_cluster" "own" {
  cluster_id        = "own"
  engine            = "redis"
  node_type         = "cache.t4g.small"
  num_cache_nodes   = 1
  subnet_group_name = aws_elasticache_subnet_group.cache.name
}

resource "aws_elasticache_subnet_group" "cache" {
  name       = "cache"
  subnet_ids = ["subnet-0123456789abcdef0"]
}

resource "aws_elasticache_replication_group" "unset" { # expect: TFG-DB-061
  replication_group_id = "unset"
  description          = "unset"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id = "unknown"
  description          = "unknown"
  node_type            = "cache.t4g.small"
  subnet_group_name    = var.subnets
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = aws_elasticache_replication_group.unknown.id
}
