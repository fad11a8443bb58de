variable "multi_az" {}

resource "aws_db_instance" "single" { # expect: TFG-DB-005
  identifier        = "single"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "off" {
  identifier        = "off"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  multi_az          = false # expect: TFG-DB-005
}

resource "aws_db_instance" "multi" {
  identifier        = "multi"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  multi_az          = true
}

resource "aws_db_instance" "unknown" {
  identifier        = "unknown"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  multi_az          = var.multi_az
}

resource "aws_db_instance" "express" {
  identifier        = "express"
  engine            = "sqlserver-ex"
  instance_class    = "db.t3.small"
  allocated_storage = 20
}
