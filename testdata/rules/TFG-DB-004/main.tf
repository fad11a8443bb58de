variable "engine" {}

resource "aws_db_instance" "mysql" { # expect: TFG-DB-004
  identifier        = "mysql"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "postgres_off" {
  identifier                          = "pg"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  iam_database_authentication_enabled = false # expect: TFG-DB-004
}

resource "aws_db_instance" "on" {
  identifier                          = "on"
  engine                              = "mysql"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "oracle" {
  identifier        = "oracle"
  engine            = "oracle-ee"
  instance_class    = "db.m5.large"
  allocated_storage = 20
}

resource "aws_db_instance" "unknown_engine" {
  identifier        = "unknown"
  engine            = var.engine
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "replica" {
  identifier          = "replica"
  replicate_source_db = aws_db_instance.mysql.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "aurora" { # expect: TFG-DB-004
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "default_engine" { # expect: TFG-DB-004
  cluster_identifier = "default-engine"
}

resource "aws_rds_cluster" "on" {
  cluster_identifier                  = "on"
  engine                              = "aurora-mysql"
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "serverless-v1"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

resource "aws_db_instance" "mariadb_current" { # expect: TFG-DB-004
  identifier        = "mariadb-current"
  engine            = "mariadb"
  engine_version    = "10.11.8"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "mariadb_old" {
  identifier        = "mariadb-old"
  engine            = "mariadb"
  engine_version    = "10.6.14"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
