variable "copy" {}

resource "aws_db_instance" "unset" { # expect: TFG-DB-006
  identifier        = "unset"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "on" {
  identifier            = "on"
  engine                = "postgres"
  instance_class        = "db.t3.micro"
  allocated_storage     = 20
  copy_tags_to_snapshot = true
}

resource "aws_rds_cluster" "off" {
  cluster_identifier    = "off"
  engine                = "aurora-mysql"
  copy_tags_to_snapshot = false # expect: TFG-DB-006
}

resource "aws_rds_cluster" "unknown" {
  cluster_identifier    = "unknown"
  engine                = "aurora-mysql"
  copy_tags_to_snapshot = var.copy
}

resource "aws_neptune_cluster" "graph" { # expect: TFG-DB-006
  cluster_identifier = "graph"
  engine             = "neptune"
}

resource "aws_neptune_cluster" "tagged" {
  cluster_identifier    = "tagged"
  engine                = "neptune"
  copy_tags_to_snapshot = true
}
