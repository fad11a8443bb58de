# No selection and no provider block: maybe a module, undecided.
resource "aws_rds_cluster" "alone" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

