# A root that selects by a variable list without a value: undecided.
variable "arns" {
  type = list(string)
}

resource "aws_ebs_volume" "maybe" {
  availability_zone = "eu-west-1a"
  size              = 20
}

resource "aws_backup_selection" "maybe" {
  name         = "maybe"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = var.arns
}
