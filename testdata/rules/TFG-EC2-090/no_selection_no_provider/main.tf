# No selection and no provider block: maybe a module, undecided.
resource "aws_ebs_volume" "alone" {
  availability_zone = "eu-west-1a"
  size              = 20
}

