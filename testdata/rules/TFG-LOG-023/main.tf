# State machines with tracing on, off, without the block; unknown.

variable "on" {
  type = bool
}

resource "aws_sfn_state_machine" "traced" {
  name       = "traced"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  tracing_configuration {
    enabled = true
  }
}

resource "aws_sfn_state_machine" "off" {
  name       = "off"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  tracing_configuration {
    enabled = false # expect: TFG-LOG-023
  }
}

resource "aws_sfn_state_machine" "none" { # expect: TFG-LOG-023
  name       = "none"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}

resource "aws_sfn_state_machine" "unknown" {
  name       = "unknown"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  tracing_configuration {
    enabled = var.on
  }
}
