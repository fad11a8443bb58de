# No selection at all, in a root that configures an account.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_rds_cluster" "alone" { # expect: TFG-DB-090
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

