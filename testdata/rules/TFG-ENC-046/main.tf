# TFG-ENC-046: ElastiCache replication groups clients can use without authenticating.
# Transit encryption off or unset, TLS without a token or user group (with count and an
# empty list), a token, RBAC user groups, a global datastore member (undecided), unknown
# token from a variable (undecided), a generated token (passes) and unknown transit setting
# (undecided).

variable "token" {
  type      = string
  sensitive = true
  default   = null
}

variable "unknown_token" {
  type      = string
  sensitive = true
}

variable "unknown_transit" {}

resource "random_password" "auth" {
  length  = 64
  special = false
}

resource "aws_elasticache_replication_group" "transit_off" {
  replication_group_id       = "transit-off"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = false # expect: TFG-ENC-046
}

resource "aws_elasticache_replication_group" "transit_unset" { # expect: TFG-ENC-046
  replication_group_id = "transit-unset"
  description          = "cache"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "tls_no_auth" { # expect: TFG-ENC-046
  count                      = 2
  replication_group_id       = "tls-no-auth-${count.index}"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = var.token
  user_group_ids             = []
}

resource "aws_elasticache_replication_group" "token" {
  replication_group_id       = "token"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = random_password.auth.result
}

resource "aws_elasticache_user_group" "app" {
  engine        = "redis"
  user_group_id = "app"
  user_ids      = ["default"]
}

resource "aws_elasticache_replication_group" "rbac" {
  replication_group_id       = "rbac"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}

resource "aws_elasticache_replication_group" "global_member" {
  replication_group_id        = "global-member"
  description                 = "cache"
  global_replication_group_id = "ldgnf-global"
}

resource "aws_elasticache_replication_group" "unknown_token" {
  replication_group_id       = "unknown-token"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = var.unknown_token
}

resource "aws_elasticache_replication_group" "unknown_transit" {
  replication_group_id       = "unknown-transit"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = var.unknown_transit
}
