# Log groups without a retention (the default keeps events for ever), with an explicit 0,
# with accepted and rejected periods, an unknown period, and for_each instances.

variable "days" {
  type = number
}

resource "aws_cloudwatch_log_group" "unset" { # expect: TFG-LOG-001
  name = "/app/unset"
}

resource "aws_cloudwatch_log_group" "forever" {
  name              = "/app/forever"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "year" {
  name              = "/app/year"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "rejected" {
  name              = "/app/rejected"
  retention_in_days = 100 # expect: TFG-LOG-001
}

resource "aws_cloudwatch_log_group" "unknown" {
  name              = "/app/unknown"
  retention_in_days = var.days
}

resource "aws_cloudwatch_log_group" "each" { # expect: TFG-LOG-001
  for_each = toset(["a", "b"])
  name     = "/app/${each.key}"
}
