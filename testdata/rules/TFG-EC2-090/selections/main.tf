# TFG-EC2-090: which resources the backup selections of a root select.
variable "arns" {
  type = list(string)
}

variable "unknown_tags" {
  type = map(string)
}

resource "aws_ebs_volume" "by_reference" {
  availability_zone = "eu-west-1a"
  size              = 20
}

resource "aws_ebs_volume" "by_tag" {
  availability_zone = "eu-west-1a"
  size              = 20
  tags = {
    Backup = "daily"
  }
}

resource "aws_ebs_volume" "by_condition" {
  availability_zone = "eu-west-1a"
  size              = 20
  tags = {
    Tier = "gold-1"
  }
}

resource "aws_ebs_volume" "excluded" { # expect: TFG-EC2-090
  availability_zone = "eu-west-1a"
  size              = 20
  tags = {
    Backup = "daily"
    Scratch = "yes"
  }
}

resource "aws_ebs_volume" "untagged" { # expect: TFG-EC2-090
  availability_zone = "eu-west-1a"
  size              = 20
}

resource "aws_ebs_volume" "wrong_tag" { # expect: TFG-EC2-090
  availability_zone = "eu-west-1a"
  size              = 20
  tags = {
    Backup = "never"
  }
}

resource "aws_ebs_volume" "unknown_tags" {
  availability_zone = "eu-west-1a"
  size              = 20
  tags = var.unknown_tags
}

resource "aws_backup_selection" "by_reference" {
  name         = "by_reference"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = [aws_ebs_volume.by_reference.arn]
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

  not_resources = [aws_ebs_volume.excluded.arn]
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
