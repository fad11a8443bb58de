variable "insights" {}

resource "aws_db_instance" "unset" { # expect: TFG-LOG-084
  identifier        = "unset"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 20
}

resource "aws_db_instance" "off" {
  identifier                   = "off"
  engine                       = "mysql"
  instance_class               = "db.m6g.large"
  allocated_storage            = 20
  performance_insights_enabled = false # expect: TFG-LOG-084
}

resource "aws_db_instance" "small_mysql" {
  identifier        = "small"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "on" {
  identifier                   = "on"
  engine                       = "postgres"
  instance_class               = "db.m6g.large"
  allocated_storage            = 20
  performance_insights_enabled = true
}

resource "aws_db_instance" "unknown" {
  identifier                   = "unknown"
  engine                       = "postgres"
  instance_class               = "db.m6g.large"
  allocated_storage            = 20
  performance_insights_enabled = var.insights
}

resource "aws_rds_cluster" "insights" {
  cluster_identifier           = "insights"
  engine                       = "aurora-mysql"
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "inherits" {
  identifier         = "inherits"
  cluster_identifier = aws_rds_cluster.insights.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
}

resource "aws_rds_cluster_instance" "own" { # expect: TFG-LOG-084
  for_each           = toset(["a", "b"])
  identifier         = "own-${each.key}"
  cluster_identifier = "external"
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
}

resource "aws_rds_cluster" "unknown_engine" {
  cluster_identifier = "unknown-engine"
  engine             = var.insights
}

resource "aws_rds_cluster_instance" "engine_from_cluster" { # expect: TFG-LOG-084
  identifier         = "engine-from-cluster"
  cluster_identifier = aws_rds_cluster.unknown_engine.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.unknown_engine.engine
}
