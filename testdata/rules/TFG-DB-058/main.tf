variable "user" {
  type = string
}

resource "aws_redshift_cluster" "public_awsuser" {
  cluster_identifier  = "public-awsuser"
  node_type           = "ra3.xlplus"
  master_username     = "awsuser" # expect: TFG-DB-058
  publicly_accessible = true
}

resource "aws_redshift_cluster" "unset_admin" {
  cluster_identifier = "unset-admin"
  node_type          = "ra3.xlplus"
  master_username    = "Admin" # expect: TFG-DB-058
}

resource "aws_redshift_cluster" "private_admin" {
  cluster_identifier  = "private-admin"
  node_type           = "ra3.xlplus"
  master_username     = "administrator"
  publicly_accessible = false
}

resource "aws_redshift_cluster" "public_own_name" {
  cluster_identifier  = "public-own-name"
  node_type           = "ra3.xlplus"
  master_username     = "dw_owner"
  publicly_accessible = true
}

resource "aws_redshift_cluster" "unknown_user" {
  cluster_identifier  = "unknown-user"
  node_type           = "ra3.xlplus"
  master_username     = var.user
  publicly_accessible = true
}
