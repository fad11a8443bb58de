# Exports: both, audit only, profiler only, empty, unset, an unknown item beside a known one,
# an unknown list, for_each.

variable "password" {
  type      = string
  sensitive = true
}

variable "extra_log" {
  type = string
}

variable "exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "both" {
  cluster_identifier              = "both"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

resource "aws_docdb_cluster" "audit_only" {
  cluster_identifier              = "audit-only"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = ["audit"] # expect: TFG-DB-095
}

resource "aws_docdb_cluster" "profiler_only" {
  cluster_identifier              = "profiler-only"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = ["profiler"] # expect: TFG-DB-095
}

resource "aws_docdb_cluster" "empty" {
  cluster_identifier              = "empty"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = [] # expect: TFG-DB-095
}

resource "aws_docdb_cluster" "unset" { # expect: TFG-DB-095
  cluster_identifier = "unset"
  master_username    = "admin1"
  master_password    = var.password
}

resource "aws_docdb_cluster" "unknown_item" {
  cluster_identifier              = "unknown-item"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = ["audit", var.extra_log]
}

resource "aws_docdb_cluster" "unknown_list" {
  cluster_identifier              = "unknown-list"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = var.exports
}

resource "aws_docdb_cluster" "per_env" {
  for_each                        = { prod = ["audit", "profiler"], dev = ["audit"] }
  cluster_identifier              = "docs-${each.key}"
  master_username                 = "admin1"
  master_password                 = var.password
  enabled_cloudwatch_logs_exports = each.value # expect: TFG-DB-095
}
