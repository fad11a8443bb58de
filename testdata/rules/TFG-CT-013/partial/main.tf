# `||` where the benchmark has `&&`: every event without MFA data raises the alarm.
resource "aws_cloudwatch_log_metric_filter" "partial" {
  name           = "ConsoleSigninWithoutMFA"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = \"ConsoleLogin\") || ($.additionalEventData.MFAUsed != \"Yes\") }" # expect: TFG-CT-013
  metric_transformation {
    name      = "ConsoleSigninWithoutMFA"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "partial" {
  alarm_name          = "partial"
  metric_name         = "ConsoleSigninWithoutMFA"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}
