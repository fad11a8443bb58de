variable "exports" {}

resource "aws_db_instance" "unset" { # expect: TFG-LOG-080
  identifier        = "unset"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "empty" {
  identifier                      = "empty"
  engine                          = "mysql"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = [] # expect: TFG-LOG-080
}

resource "aws_db_instance" "exported" {
  identifier                      = "exported"
  engine                          = "mysql"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}

resource "aws_db_instance" "unknown" {
  identifier                      = "unknown"
  engine                          = "mysql"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = var.exports
}

resource "aws_rds_cluster" "unset" { # expect: TFG-LOG-080
  cluster_identifier = "unset"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "exported" {
  cluster_identifier              = "exported"
  engine                          = "aurora-postgresql"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_rds_cluster_instance" "member" {
  identifier         = "member"
  cluster_identifier = aws_rds_cluster.exported.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "serverless-v1"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}
