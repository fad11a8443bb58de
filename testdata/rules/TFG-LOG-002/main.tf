# Retention periods under and over a year; unset and 0 never expire; an unknown period; a
# period from a module input.

variable "days" {
  type = number
}

resource "aws_cloudwatch_log_group" "month" {
  name              = "/app/month"
  retention_in_days = 30 # expect: TFG-LOG-002
}

resource "aws_cloudwatch_log_group" "unset" {
  name = "/app/unset"
}

resource "aws_cloudwatch_log_group" "forever" {
  name              = "/app/forever"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "two_years" {
  name              = "/app/two-years"
  retention_in_days = 731
}

resource "aws_cloudwatch_log_group" "unknown" {
  name              = "/app/unknown"
  retention_in_days = var.days
}

module "short" {
  source = "./group"
  days   = 14
}

module "long" {
  source = "./group"
  days   = 400
}
