variable "databases" {
  default = {
    orders  = true
    billing = false
  }
}

resource "aws_db_instance" "db" {
  for_each            = var.databases
  identifier          = each.key
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  publicly_accessible = each.value # expect: TFG-NET-017
}

resource "aws_rds_cluster_instance" "member" {
  identifier          = "member"
  cluster_identifier  = "cluster"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = true # expect: TFG-NET-017
}
