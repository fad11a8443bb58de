# No selection at all, in a root that configures an account.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_volume" "alone" { # expect: TFG-EC2-090
  availability_zone = "eu-west-1a"
  size              = 20
}

