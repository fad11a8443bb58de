# A root that selects by a variable list without a value: undecided.
variable "arns" {
  type = list(string)
}

resource "aws_rds_cluster" "maybe" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_backup_selection" "maybe" {
  name         = "maybe"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = var.arns
}
