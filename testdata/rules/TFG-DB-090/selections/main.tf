# TFG-DB-090: which resources the backup selections of a root select.
variable "arns" {
  type = list(string)
}

variable "unknown_tags" {
  type = map(string)
}

resource "aws_rds_cluster" "by_reference" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "by_tag" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  tags = {
    Backup = "daily"
  }
}

resource "aws_rds_cluster" "by_condition" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  tags = {
    Tier = "gold-1"
  }
}

resource "aws_rds_cluster" "excluded" { # expect: TFG-DB-090
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  tags = {
    Backup = "daily"
    Scratch = "yes"
  }
}

resource "aws_rds_cluster" "untagged" { # expect: TFG-DB-090
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "wrong_tag" { # expect: TFG-DB-090
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  tags = {
    Backup = "never"
  }
}

resource "aws_rds_cluster" "unknown_tags" {
  cluster_identifier          = "c"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  tags = var.unknown_tags
}

resource "aws_backup_selection" "by_reference" {
  name         = "by_reference"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = [aws_rds_cluster.by_reference.arn]
}

resource "aws_backup_selection" "by_tag" {
  name         = "by_tag"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "Backup"
    value = "daily"
  }

  not_resources = [aws_rds_cluster.excluded.arn]
}

resource "aws_backup_selection" "by_condition" {
  name         = "by_condition"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = ["*"]

  condition {
    string_like {
      key   = "aws:ResourceTag/Tier"
      value = "gold-*"
    }
  }
}
