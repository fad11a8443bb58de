# An ARN pattern over every resource of the kind.
resource "aws_rds_cluster" "all" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_backup_selection" "all" {
  name         = "all"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = ["arn:aws:rds:*:*:cluster:*"]
}
