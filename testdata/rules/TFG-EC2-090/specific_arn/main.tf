# A specific ARN cannot be this resource's (not known before apply) (the variable-list case is in other_module).

resource "aws_ebs_volume" "named" { # expect: TFG-EC2-090
  availability_zone = "eu-west-1a"
  size              = 20
}

resource "aws_backup_selection" "named" {
  name         = "named"
  plan_id      = "plan-1"
  iam_role_arn = "arn:aws:iam::123456789012:role/aws-backup"
  resources    = ["arn:aws:ec2:eu-west-1:123456789012:volume/vol-0123456789abcdef0"]
}
