resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false
}

resource "aws_ebs_volume" "scratch" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 10
}
