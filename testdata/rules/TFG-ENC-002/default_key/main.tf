# The account's default EBS key is a customer managed key: volumes without `kms_key_id` use it.

resource "aws_kms_key" "ebs" {
  description         = "ebs"
  enable_key_rotation = true
}

resource "aws_ebs_default_kms_key" "this" {
  key_arn = aws_kms_key.ebs.arn
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}
