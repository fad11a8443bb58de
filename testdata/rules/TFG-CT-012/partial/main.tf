# Only one of the two error codes.
resource "aws_cloudwatch_log_metric_filter" "partial" {
  name           = "UnauthorizedAPICalls"
  log_group_name = "trail"
  pattern        = "{ $.errorCode = \"AccessDenied*\" }" # expect: TFG-CT-012
  metric_transformation {
    name      = "UnauthorizedAPICalls"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "partial" {
  alarm_name          = "partial"
  metric_name         = "UnauthorizedAPICalls"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}
