variable "exports" {}

resource "aws_rds_cluster" "unset" { # expect: TFG-LOG-081
  cluster_identifier = "unset"
  engine             = "aurora-mysql"
}

resource "aws_rds_cluster" "no_audit" {
  cluster_identifier              = "no-audit"
  enabled_cloudwatch_logs_exports = ["error", "general"] # expect: TFG-LOG-081
}

resource "aws_rds_cluster" "audit" {
  cluster_identifier              = "audit"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}

resource "aws_rds_cluster" "unknown" {
  cluster_identifier              = "unknown"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = var.exports
}

resource "aws_rds_cluster" "postgres" {
  cluster_identifier = "postgres"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "serverless-v1"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}
