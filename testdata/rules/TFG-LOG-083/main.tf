variable "interval" {}

resource "aws_db_instance" "unset" { # expect: TFG-LOG-083
  identifier        = "unset"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "zero" {
  identifier          = "zero"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  monitoring_interval = 0 # expect: TFG-LOG-083
}

resource "aws_db_instance" "on" {
  identifier          = "on"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  monitoring_interval = 30
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-monitoring"
}

resource "aws_db_instance" "unknown" {
  identifier          = "unknown"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  monitoring_interval = var.interval
}

resource "aws_rds_cluster" "monitored" {
  cluster_identifier  = "monitored"
  engine              = "aurora-postgresql"
  monitoring_interval = 15
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-monitoring"
}

resource "aws_rds_cluster" "plain" {
  cluster_identifier = "plain"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster_instance" "inherits" {
  count              = 2
  identifier         = "inherits-${count.index}"
  cluster_identifier = aws_rds_cluster.monitored.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster_instance" "plain" { # expect: TFG-LOG-083
  identifier         = "plain"
  cluster_identifier = aws_rds_cluster.plain.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}
