# State machines logging at ERROR, at OFF, with no level, without a destination, without a
# logging block; an unknown level.

variable "level" {
  type = string
}

resource "aws_sfn_state_machine" "logged" {
  name       = "logged"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level           = "ERROR"
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/logged:*"
  }
}

resource "aws_sfn_state_machine" "off" {
  name       = "off"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level                  = "OFF" # expect: TFG-LOG-022
    include_execution_data = true
  }
}

resource "aws_sfn_state_machine" "no_level" {
  name       = "no-level"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration { # expect: TFG-LOG-022
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/x:*"
  }
}

resource "aws_sfn_state_machine" "no_destination" {
  name       = "no-destination"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration { # expect: TFG-LOG-022
    level = "ALL"
  }
}

resource "aws_sfn_state_machine" "none" { # expect: TFG-LOG-022
  name       = "none"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}

resource "aws_sfn_state_machine" "unknown" {
  name       = "unknown"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level           = var.level
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/u:*"
  }
}
