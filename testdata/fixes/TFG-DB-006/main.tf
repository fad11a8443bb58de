resource "aws_rds_cluster" "orders" {
  cluster_identifier                  = "orders"
  engine                              = "aurora-postgresql"
  storage_encrypted                   = true
  deletion_protection                 = true
  iam_database_authentication_enabled = true
}
