variable "window" {}

resource "aws_rds_cluster" "unset" { # expect: TFG-DB-008
  cluster_identifier = "unset"
  engine             = "aurora-mysql"
}

resource "aws_rds_cluster" "default_engine" { # expect: TFG-DB-008
  cluster_identifier = "default-engine"
}

resource "aws_rds_cluster" "zero" {
  cluster_identifier = "zero"
  engine             = "aurora"
  backtrack_window   = 0 # expect: TFG-DB-008
}

resource "aws_rds_cluster" "on" {
  cluster_identifier = "on"
  engine             = "aurora-mysql"
  backtrack_window   = 3600
}

resource "aws_rds_cluster" "unknown" {
  cluster_identifier = "unknown"
  engine             = "aurora-mysql"
  backtrack_window   = var.window
}

resource "aws_rds_cluster" "postgres" {
  cluster_identifier = "postgres"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "serverless"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

resource "aws_rds_global_cluster" "global" {
  global_cluster_identifier = "global"
  engine                    = "aurora-mysql"
}

resource "aws_rds_cluster" "global_member" {
  cluster_identifier        = "member"
  engine                    = "aurora-mysql"
  global_cluster_identifier = aws_rds_global_cluster.global.id
}
