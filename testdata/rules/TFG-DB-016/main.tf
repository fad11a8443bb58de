variable "port" {}

resource "aws_db_instance" "mysql" {
  identifier        = "mysql"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  port              = 3306 # expect: TFG-DB-016
}

resource "aws_db_instance" "unset" { # expect: TFG-DB-016
  identifier        = "unset"
  engine            = "sqlserver-se"
  instance_class    = "db.m5.large"
  allocated_storage = 20
}

resource "aws_db_instance" "custom" {
  identifier        = "custom"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  port              = 15432
}

resource "aws_db_instance" "unknown" {
  identifier        = "unknown"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  port              = var.port
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  port               = "5432" # expect: TFG-DB-016
}

resource "aws_rds_cluster" "moved" {
  cluster_identifier = "moved"
  engine             = "aurora-mysql"
  port               = 13306
}
