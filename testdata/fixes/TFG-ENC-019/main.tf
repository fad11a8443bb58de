resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  engine                     = "redis"
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
}

resource "aws_kms_key" "cache" {
  enable_key_rotation = true
}
