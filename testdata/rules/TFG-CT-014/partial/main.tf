# Without `invokedBy NOT EXISTS`: AWS services acting for the root user raise the alarm too.
resource "aws_cloudwatch_log_metric_filter" "partial" {
  name           = "RootAccountUsage"
  log_group_name = "trail"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.eventType != \"AwsServiceEvent\" }" # expect: TFG-CT-014
  metric_transformation {
    name      = "RootAccountUsage"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "partial" {
  alarm_name          = "partial"
  metric_name         = "RootAccountUsage"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}
