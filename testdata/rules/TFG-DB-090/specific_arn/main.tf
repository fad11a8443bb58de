# A specific ARN cannot be this resource's (not known before apply) (the variable-list case is in other_module).

resource "aws_rds_cluster" "named" { # expect: TFG-DB-090
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_backup_selection" "named" {
  name         = "named"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = ["arn:aws:rds:eu-west-1:123456789012:cluster:orders"]
}

# An RDS cluster's ARN ends in its identifier: a literal ARN naming it selects it.
resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}
