variable "version" {}

resource "aws_db_instance" "old_minor" {
  identifier        = "old-minor"
  engine            = "postgres"
  engine_version    = "13.2" # expect: TFG-DB-018
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "fixed" {
  identifier        = "fixed"
  engine            = "postgres"
  engine_version    = "13.3"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "nine_six" {
  identifier        = "nine-six"
  engine            = "postgres"
  engine_version    = "9.6.21" # expect: TFG-DB-018
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "nine_six_line" {
  identifier        = "nine-six-line"
  engine            = "postgres"
  engine_version    = "9.6"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "major_only" {
  identifier        = "major-only"
  engine            = "postgres"
  engine_version    = "12"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "unknown" {
  identifier        = "unknown"
  engine            = "postgres"
  engine_version    = var.version
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "mysql" {
  identifier        = "mysql"
  engine            = "mysql"
  engine_version    = "5.7"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster" "aurora_old" {
  cluster_identifier = "aurora-old"
  engine             = "aurora-postgresql"
  engine_version     = "11.8" # expect: TFG-DB-018
}

resource "aws_rds_cluster" "aurora_fixed" {
  cluster_identifier = "aurora-fixed"
  engine             = "aurora-postgresql"
  engine_version     = "11.9"
}

resource "aws_rds_cluster" "aurora_current" {
  cluster_identifier = "aurora-current"
  engine             = "aurora-postgresql"
  engine_version     = "15.4"
}
