# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_lb" "front" { # expect: TFG-ENC-028
  name    = "front"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "front_good" {
  name                       = "front"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "front_unknown" {
  name                       = "front"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = var.unknown_input
}
