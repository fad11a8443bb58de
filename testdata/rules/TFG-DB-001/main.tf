variable "days" {}

variable "retention" {
  default = {
    short = 1
    week  = 7
  }
}

resource "aws_db_instance" "off" {
  identifier              = "off"
  engine                  = "mysql"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = 0 # expect: TFG-DB-001
}

resource "aws_db_instance" "default" { # expect: TFG-DB-001
  identifier        = "default"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "each" {
  for_each                = var.retention
  identifier              = each.key
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = each.value # expect: TFG-DB-001
}

resource "aws_db_instance" "unknown" {
  identifier              = "unknown"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = var.days
}

resource "aws_db_instance" "replica" {
  identifier          = "replica"
  replicate_source_db = aws_db_instance.off.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "default" { # expect: TFG-DB-001
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  master_username    = "admin"
}

resource "aws_rds_cluster" "good" {
  cluster_identifier      = "good"
  engine                  = "aurora-mysql"
  backup_retention_period = 14
}

resource "aws_rds_cluster" "secondary" {
  cluster_identifier            = "secondary"
  engine                        = "aurora-mysql"
  replication_source_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:primary"
}
