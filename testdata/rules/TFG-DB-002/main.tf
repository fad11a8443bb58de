variable "protect" {}

resource "aws_db_instance" "off" {
  identifier          = "off"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  deletion_protection = false # expect: TFG-DB-002
}

resource "aws_db_instance" "unset" { # expect: TFG-DB-002
  identifier        = "unset"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "on" {
  identifier          = "on"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  deletion_protection = true
}

resource "aws_db_instance" "unknown" {
  identifier          = "unknown"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  deletion_protection = var.protect
}

resource "aws_rds_cluster" "unset" { # expect: TFG-DB-002
  count              = 2
  cluster_identifier = "aurora-${count.index}"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "on" {
  cluster_identifier  = "protected"
  engine              = "aurora-mysql"
  deletion_protection = true
}

resource "aws_rds_cluster_instance" "member" {
  identifier         = "member"
  cluster_identifier = aws_rds_cluster.on.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
}
