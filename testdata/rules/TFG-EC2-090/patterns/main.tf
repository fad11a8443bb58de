# An ARN pattern over every resource of the kind.
resource "aws_ebs_volume" "all" {
  availability_zone = "eu-west-1a"
  size              = 20
}

resource "aws_backup_selection" "all" {
  name         = "all"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = ["arn:aws:ec2:*:*:volume/*"]
}
