# Execution data in the log: on, off, unset, no logging block; an unknown value; count and
# for_each copies.

variable "with_data" {
  type = bool
}

resource "aws_sfn_state_machine" "with_data" {
  name       = "with-data"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level                  = "ALL"
    include_execution_data = true
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/a:*"
  }
}

resource "aws_sfn_state_machine" "without_data" {
  name       = "without-data"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level                  = "ERROR"
    include_execution_data = false # expect: TFG-LOG-090
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/b:*"
  }
}

resource "aws_sfn_state_machine" "unset" {
  name       = "unset"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration { # expect: TFG-LOG-090
    level           = "FATAL"
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/c:*"
  }
}

resource "aws_sfn_state_machine" "no_logging" { # expect: TFG-LOG-090
  name       = "no-logging"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}

resource "aws_sfn_state_machine" "unknown" {
  name       = "unknown"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level                  = "ALL"
    include_execution_data = var.with_data
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/d:*"
  }
}

resource "aws_sfn_state_machine" "copies" {
  for_each   = toset(["x", "y"])
  name       = "copy-${each.key}"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level                  = "ERROR"
    include_execution_data = each.key == "x" # expect: TFG-LOG-090
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/e:*"
  }
}
