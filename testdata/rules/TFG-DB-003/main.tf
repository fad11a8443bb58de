variable "upgrade" {}

resource "aws_db_instance" "off" {
  identifier                 = "off"
  engine                     = "postgres"
  instance_class             = "db.t3.micro"
  allocated_storage          = 20
  auto_minor_version_upgrade = false # expect: TFG-DB-003
}

resource "aws_db_instance" "default" {
  identifier        = "default"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "unknown" {
  identifier                 = "unknown"
  engine                     = "postgres"
  instance_class             = "db.t3.micro"
  allocated_storage          = 20
  auto_minor_version_upgrade = var.upgrade
}

resource "aws_rds_cluster_instance" "member" {
  count                      = 2
  identifier                 = "member-${count.index}"
  cluster_identifier         = "aurora"
  instance_class             = "db.r6g.large"
  engine                     = "aurora-mysql"
  auto_minor_version_upgrade = count.index == 0 # expect: TFG-DB-003
}

resource "aws_rds_cluster" "multi_az" {
  cluster_identifier         = "multi-az"
  engine                     = "postgres"
  db_cluster_instance_class  = "db.r6gd.large"
  auto_minor_version_upgrade = "false" # expect: TFG-DB-003
}
