resource "aws_rds_cluster" "reports" {
  cluster_identifier = "reports"
  engine             = "aurora-postgresql"
  kms_key_id         = aws_kms_key.rds.arn
}

resource "aws_kms_key" "rds" {
  enable_key_rotation = true
}
