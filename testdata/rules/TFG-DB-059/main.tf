variable "days" {
  type = number
}

variable "engine" {
  type = string
}

resource "aws_elasticache_cluster" "unset" { # expect: TFG-DB-059
  cluster_id      = "unset"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "zero" {
  cluster_id               = "zero"
  engine                   = "redis"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = 0 # expect: TFG-DB-059
}

resource "aws_elasticache_cluster" "kept" {
  cluster_id               = "kept"
  engine                   = "redis"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = 5
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "t1" {
  cluster_id      = "t1"
  engine          = "redis"
  node_type       = "cache.t1.micro"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "unknown_engine" {
  cluster_id      = "unknown-engine"
  engine          = var.engine
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "unknown_days" {
  cluster_id               = "unknown-days"
  engine                   = "valkey"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = var.days
}

resource "aws_elasticache_replication_group" "group" { # expect: TFG-DB-059
  replication_group_id = "group"
  description          = "group"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "kept" {
  replication_group_id     = "kept"
  description              = "kept"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = 7
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = aws_elasticache_replication_group.kept.id
}

# A secondary of a global datastore takes its engine from the datastore: undecided.
resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "secondary"
  description                 = "secondary"
  global_replication_group_id = "ldgnf-global"
}
