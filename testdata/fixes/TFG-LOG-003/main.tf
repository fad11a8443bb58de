resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "5XXError"
  namespace           = "AWS/ApiGateway"
  period              = 300
  statistic           = "Sum"
  threshold           = 10
  actions_enabled     = false
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:ops"]
}
