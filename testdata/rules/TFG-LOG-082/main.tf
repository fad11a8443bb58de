variable "group" {}

resource "aws_db_parameter_group" "logging" {
  name   = "logging"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "all"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_parameter_group" "half" {
  name   = "half"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "none"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_instance" "default_group" { # expect: TFG-LOG-082
  identifier        = "default-group"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "by_reference" {
  identifier           = "by-reference"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.logging.id
}

resource "aws_db_instance" "by_name" {
  identifier           = "by-name"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = "logging"
}

resource "aws_db_instance" "half" {
  identifier           = "half"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.half.name # expect: TFG-LOG-082
}

resource "aws_db_instance" "aws_default" {
  identifier           = "aws-default"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = "default.postgres16" # expect: TFG-LOG-082
}

resource "aws_db_instance" "elsewhere" {
  identifier           = "elsewhere"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = var.group
}

resource "aws_db_instance" "mysql" {
  identifier        = "mysql"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster_parameter_group" "slow_only" {
  name   = "slow-only"
  family = "aurora-postgresql16"

  parameter {
    name  = "log_min_duration_statement"
    value = "250"
  }
}

resource "aws_rds_cluster" "slow_only" {
  cluster_identifier              = "slow-only"
  engine                          = "aurora-postgresql"
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.slow_only.name # expect: TFG-LOG-082
}

resource "aws_rds_cluster" "mysql" {
  cluster_identifier = "mysql"
  engine             = "aurora-mysql"
}

resource "aws_db_parameter_group" "twin_a" {
  name   = "twin"
  family = "postgres16"
}

resource "aws_db_parameter_group" "twin_b" {
  name   = "twin"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}

resource "aws_db_instance" "twin" {
  identifier           = "twin"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.twin_b.name
}
