# Alarms with actions off, on and by default; an unknown switch.

variable "on" {
  type = bool
}

resource "aws_cloudwatch_metric_alarm" "muted" {
  alarm_name          = "muted"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = false # expect: TFG-LOG-003
}

resource "aws_cloudwatch_metric_alarm" "default" {
  alarm_name          = "default"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_metric_alarm" "on" {
  alarm_name          = "on"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = true
}

resource "aws_cloudwatch_metric_alarm" "unknown" {
  alarm_name          = "unknown"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = var.on
}
