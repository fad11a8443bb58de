# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = false
}

variable "unknown_input" {}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false # expect: TFG-ENC-001
}

resource "aws_ebs_volume" "data_from_variable" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.bad_setting # expect: TFG-ENC-001
}

resource "aws_ebs_volume" "data_good" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_volume" "data_unknown" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.unknown_input
}
