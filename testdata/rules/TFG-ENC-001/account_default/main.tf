# Encryption by default is on for this root: every new volume is encrypted whatever it says.

resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_ebs_volume" "unset" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_volume" "explicit_false" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}
